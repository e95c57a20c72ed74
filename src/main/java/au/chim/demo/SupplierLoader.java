package au.chim.demo;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Loads ~64 suppliers: healthy trades in three states, a head office with branches, and the seeded supplier defects. */
final class SupplierLoader {
    /** One supplier as it will be inserted; fields are mutable so seeded defects can override the defaults. */
    static final class Row {
        final String code;
        final String name;
        final String trade;
        String state;
        String abn;
        Boolean gst = Boolean.TRUE;
        String contact;
        String email;
        String fax;
        String phone;
        String mobile;
        String suburb;
        String postcode;
        int method;
        String grouping = "MessagePerMessage";
        String jobFileId;
        String headOffice;
        boolean excluded;
        boolean active = true;
        /** false: random POs and messages avoid it, so its seeded problem stays the only one. */
        boolean inRandomWork = true;

        Row(String code, String name, String trade, String state) {
            this.code = code;
            this.name = name;
            this.trade = trade;
            this.state = state;
        }
    }

    private static final String[] HEALTHY = {
        "SPARK01|Sparkright Electrical Pty Ltd|ELEC|NSW", "PLUMB02|Harbourside Plumbing|PLUMB|NSW",
        "EXCAV04|Nepean Earthmoving|EXCAV|NSW", "FRAME05|Hawkesbury Frame & Truss|FRAME|NSW", "ROOF06|Blue Mountains Roofing|ROOF|NSW",
        "BRICK07|Redgum Bricklaying|BRICK|NSW", "ROOF08|Summit Roofing|ROOF|NSW", "PLAST10|Cumberland Plasterboard|PLAST|NSW",
        "CABI11|Macarthur Kitchens|CABI|NSW", "PAINT12|Westside Painting Services|PAINT|NSW", "TILE13|Camden Tile Co|TILE|NSW",
        "CONC15|Southern Cross Concrete|CONC|NSW", "GUTT16|Parramatta Gutter Guys|GUTT|NSW", "INSUL17|Thermashield Insulation|INSUL|NSW",
        "CARP33|Ironbark Carpentry|CARP|NSW", "WATR34|Dry Zone Waterproofing|WATR|NSW", "LAND35|Emu Plains Landscaping|LAND|NSW",
        "CLEAN36|Shine Builders Cleaning|CLEAN|NSW", "GLAZ37|Clearview Shower Screens|GLAZ|NSW", "FENC38|Westline Fencing|FENC|NSW",
        "CONC03|Westway Concreting|CONC|QLD", "SPARK41|Brightside Electrical|ELEC|QLD", "PLUMB42|Moreton Bay Plumbing|PLUMB|QLD",
        "FRAME43|Sunstate Frames & Trusses|FRAME|QLD", "ROOF44|Gold Coast Metal Roofing|ROOF|QLD", "BRICK45|Lockyer Bricklaying|BRICK|QLD",
        "PLAST46|Logan Linings|PLAST|QLD", "TILE47|Redland Tiling|TILE|QLD", "CABI48|Bayside Cabinetry|CABI|QLD",
        "PAINT49|Sunshine Painting|PAINT|QLD", "EXCAV50|Scenic Rim Excavations|EXCAV|QLD", "SPARK51|Yarra Electrical Contractors|ELEC|VIC",
        "PLUMB52|Westgate Plumbing|PLUMB|VIC", "CONC53|Bellarine Concrete|CONC|VIC", "FRAME54|Goldfields Frame & Truss|FRAME|VIC",
        "ROOF55|Dandenong Roofing|ROOF|VIC", "BRICK56|Bluestone Bricklayers|BRICK|VIC", "PLAST57|Melton Plastering|PLAST|VIC",
        "TILE58|Bayside Tiles Melbourne|TILE|VIC", "PAINT59|Geelong Painting Group|PAINT|VIC", "CABI60|Werribee Joinery|CABI|VIC",
        "HANDY40|Joe's Handyman Services|CARP|VIC", "BOWD01|Bowden Building Supplies|INSUL|NSW",
        "BOWD02|Bowden Building Supplies Brisbane|INSUL|QLD", "BOWD03|Bowden Building Supplies Melbourne|INSUL|VIC",
        "KERB14|Kerbline Landscaping|LAND|NSW", "PAINT22|Brushstroke Painting|PAINT|QLD", "SCAF18|Upright Scaffolding|CARP|NSW",
        "CLEAN31|Sparkle Builders Cleans|CLEAN|QLD", "CABI19|Oakridge Cabinets|CABI|VIC", "RENDR20|Solid Render Co|BRICK|VIC",
        "GUTT21|Rainline Gutters|GUTT|QLD", "BINS23|QuickSkip Bin Hire|CLEAN|NSW", "FENC24|Boundary Fencing|FENC|QLD",
        "LAND25|Greenedge Landscapes|LAND|VIC", "INSUL26|Warmwall Insulation|INSUL|NSW", "GLASS01|Allied Glass Group|GLAZ|NSW",
        "GLASS02|Allied Glass Queensland|GLAZ|QLD", "FRAME27|Tallwood Framing|FRAME|VIC", "STAIR28|Stepwise Stairs|CARP|NSW",
        "STAIR29|Stepwise Stairs & Balustrades|CARP|NSW", "TILE30|Mosaic Tiling|TILE|VIC", "WATR31|Watertight Waterproofing|WATR|VIC",
        "SKIPB32|Metro Skip Bins|CLEAN|VIC",
    };

    private final DemoContext ctx;

    SupplierLoader(DemoContext ctx) {
        this.ctx = ctx;
    }

    List<Row> load() throws SQLException {
        List<Row> rows = new ArrayList<>();
        for (String spec : HEALTHY) {
            String[] p = spec.split("\\|");
            rows.add(defaults(new Row(p[0], p[1], p[2], p[3])));
        }
        SeededSuppliers.apply(rows, ctx.fake);
        try (Batch b = new Batch(ctx.c, "dbo.tblSuppliers", "sgSupplierCode", "sgSupplierName", "sgABN", "bGSTRegistered",
                "sgContactName", "sgEmail", "sgFax", "sgPhone", "sgMobile", "sgSuburb", "sgState", "sgPostcode", "inCallupMethod",
                "sgMessageGrouping", "sgJobFileID", "bExcludedFromIntegration", "bActive", "dtModified")) {
            for (Row r : rows) {
                b.row(r.code, r.name, r.abn, r.gst, r.contact, r.email, r.fax, r.phone, r.mobile, r.suburb, r.state, r.postcode,
                        r.method, r.grouping, r.jobFileId, r.excluded, r.active, ctx.daysAgo(ctx.fake.between(20, 400)));
            }
        }
        Map<String, Integer> ids = ctx.ids("dbo.tblSuppliers", "idSupplier", "sgSupplierCode");
        for (Row r : rows) {
            if (r.headOffice != null) {
                ctx.update("UPDATE dbo.tblSuppliers SET fkidHeadOffice = " + ids.get(r.headOffice) + " WHERE idSupplier = " + ids.get(r.code));
            }
        }
        return rows;
    }

    private Row defaults(Row r) {
        Fake f = ctx.fake;
        List<Names.Place> places = switch (r.state) {
            case "QLD" -> Names.QLD;
            case "VIC" -> Names.VIC;
            default -> Names.NSW;
        };
        Names.Place place = f.pick(places);
        r.suburb = place.suburb();
        r.postcode = place.postcode();
        r.abn = f.abn();
        r.contact = f.pick(Names.FIRST) + " " + f.pick(Names.LAST);
        String domain = Fake.slug(r.name) + ".example.com.au";
        r.email = f.pick(new String[] {"jobs@", "admin@", "office@", "orders@"}) + domain;
        r.phone = f.landline(r.state);
        r.mobile = f.chance(0.6) ? f.mobile() : null;
        int m = f.between(1, 100);
        r.method = m <= 45 ? 1 : m <= 60 ? 2 : m <= 65 ? 3 : 4;
        if (r.method == 2) {
            r.fax = f.landline(r.state);
        }
        if (r.method == 3 && r.mobile == null) {
            r.mobile = f.mobile();
        }
        if (r.method == 4) {
            r.jobFileId = "JF" + f.between(100000, 999999);
        }
        r.grouping = f.chance(0.7) ? "MessagePerMessage" : f.pick(new String[] {"MessagePerContract", "MessagePerDay", "MessagePerSupervisor"});
        return r;
    }
}
