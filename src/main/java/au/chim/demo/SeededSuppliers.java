package au.chim.demo;

import java.util.List;

/** Puts the domain-doc sample suppliers and the seeded supplier-master defects (see {@link SeededErrors}) over the defaults. */
final class SeededSuppliers {
    private SeededSuppliers() {
    }

    static void apply(List<SupplierLoader.Row> rows, Fake f) {
        for (SupplierLoader.Row r : rows) {
            switch (r.code) {
                case "SPARK01" -> sample(r, "87347712782", "Dean Rossi", "jobs@sparkright.example.com.au", null, "+61255501234",
                        "0491 570 156", "Smeaton Grange", "2567", 1, "MessagePerDay");
                case "PLUMB02" -> sample(r, "34161973069", "Tina Moore", null, "+61255509876", "+61255509870", null, "Penrith",
                        "2750", 2, "MessagePerMessage");
                // deliberately bad ABN checksum and EMAIL method with an empty email (domain doc 6.1)
                case "CONC03" -> sample(r, SeededErrors.BAD_ABN, "Sam Lee", "", null, "0491 570 158", null, "Ipswich", "4305", 1,
                        "MessagePerMessage");
                case "BRICK07" -> {
                    r.method = 2;
                    r.fax = "(02) 5550 4417";
                    r.email = null;
                }
                case "GUTT16" -> {
                    r.method = 2;
                    r.fax = "(02) 5550 0191";
                }
                case "ROOF08" -> {
                    r.method = 1;
                    r.email = "accounts@summitroofing.example.com.au";
                }
                case "HANDY40" -> {
                    r.gst = Boolean.FALSE; // a sole trader under the GST threshold: no ABN is fine here
                    r.abn = null;
                    r.method = 3;
                    r.mobile = "0491 570 737";
                }
                case "BOWD01", "BOWD02", "BOWD03" -> {
                    r.abn = "77423938499"; // branches share the head office's ABN, which is legitimate
                    r.method = 1;
                    r.fax = null;
                    r.jobFileId = null;
                    r.headOffice = r.code.equals("BOWD01") ? null : "BOWD01";
                }
                case "KERB14" -> r.abn = "5100481215";
                case "PAINT22" -> r.abn = "12 345 678 9O1";
                case "SCAF18" -> r.abn = null;
                case "CLEAN31" -> r.abn = "";
                case "CABI19" -> noRandomWork(r, 4, null, null, null, "JF481220");
                case "RENDR20" -> noRandomWork(r, 2, r.email, null, r.mobile, null);
                case "GUTT21" -> noRandomWork(r, 2, r.email, "5550 12", r.mobile, null);
                case "BINS23" -> noRandomWork(r, 3, r.email, null, null, null);
                case "FENC24" -> r.phone = "12345";
                case "LAND25" -> {
                    r.suburb = "Werribee";
                    r.postcode = "2750";
                }
                case "INSUL26" -> {
                    r.suburb = "Liverpool";
                    r.state = "NWS";
                    r.postcode = "2170";
                }
                case "GLASS01" -> {
                    r.active = false;
                    r.inRandomWork = false;
                }
                case "GLASS02" -> r.headOffice = "GLASS01";
                case "FRAME27" -> {
                    r.active = false;
                    r.inRandomWork = false;
                }
                case "STAIR28", "STAIR29" -> r.abn = "14698935572";
                case "TILE30", "WATR31" -> {
                    r.method = 4;
                    r.email = "office@mosaicgroup.example.com.au";
                    r.jobFileId = r.code.equals("TILE30") ? "JF300417" : "JF300588";
                }
                case "SKIPB32" -> {
                    r.excluded = true;
                    r.inRandomWork = false;
                }
                default -> {
                }
            }
            if (r.method != 4 && !r.code.equals("CABI19")) {
                r.jobFileId = null; // only JobFile call-ups link a supplier to JobFile
            }
        }
    }

    private static void sample(SupplierLoader.Row r, String abn, String contact, String email, String fax, String phone,
                               String mobile, String suburb, String postcode, int method, String grouping) {
        r.abn = abn;
        r.contact = contact;
        r.email = email;
        r.fax = fax;
        r.phone = phone;
        r.mobile = mobile;
        r.suburb = suburb;
        r.postcode = postcode;
        r.method = method;
        r.grouping = grouping;
        r.jobFileId = null;
    }

    private static void noRandomWork(SupplierLoader.Row r, int method, String email, String fax, String mobile, String jobFileId) {
        r.method = method;
        r.email = email;
        r.fax = fax;
        r.mobile = mobile;
        r.jobFileId = jobFileId;
        r.inRandomWork = false;
    }
}
