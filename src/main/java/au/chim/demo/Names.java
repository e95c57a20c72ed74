package au.chim.demo;

import java.util.List;

/** Word lists for the demo: people, streets and growth-corridor suburbs (real suburbs and postcodes, invented people). */
final class Names {
    private Names() {
    }

    /** A suburb with its state and a postcode that really belongs to it. */
    record Place(String suburb, String state, String postcode) {
    }

    static final List<String> FIRST = List.of("Jack", "Olivia", "Liam", "Charlotte", "Noah", "Amelia", "Oliver", "Isla",
            "William", "Mia", "Thomas", "Ava", "James", "Grace", "Lucas", "Chloe", "Ethan", "Zoe", "Daniel", "Sophie",
            "Priya", "Arjun", "Mei", "Wei", "Minh", "Linh", "Fatima", "Omar", "Giulia", "Marco", "Eleni", "Nikos",
            "Aroha", "Tane", "Siosaia", "Mele", "Ravi", "Anjali", "Hannah", "Ben");
    static final List<String> LAST = List.of("Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Nguyen", "Tran",
            "Le", "Patel", "Singh", "Sharma", "Kelly", "Murphy", "Ryan", "O'Brien", "Walsh", "Russo", "Romano", "Papadopoulos",
            "Georgiou", "Chen", "Wang", "Li", "Zhang", "Kim", "Park", "Ahmed", "Khan", "Ali", "Martin", "Thompson",
            "White", "Harris", "Lee", "King", "Campbell", "Mitchell", "Roberts", "Anderson");
    static final List<String> STREETS = List.of("Peppercorn Ave", "Wattle St", "Banksia Cres", "Ironbark Rd", "Bottlebrush Way",
            "Kurrajong Dr", "Grevillea Pl", "Waratah Cct", "Lilly Pilly Ct", "Spotted Gum Blvd", "Bluegum Rise",
            "Casuarina St", "Jacaranda Tce", "Melaleuca Pde", "Saltbush Ln", "Paperbark Cl");

    static final List<Place> NSW = List.of(new Place("Oran Park", "NSW", "2570"), new Place("Gregory Hills", "NSW", "2557"),
            new Place("Leppington", "NSW", "2179"), new Place("Marsden Park", "NSW", "2765"), new Place("Box Hill", "NSW", "2765"),
            new Place("Schofields", "NSW", "2762"), new Place("Jordan Springs", "NSW", "2747"), new Place("Penrith", "NSW", "2750"),
            new Place("Edmondson Park", "NSW", "2174"), new Place("Austral", "NSW", "2179"), new Place("Calderwood", "NSW", "2527"),
            new Place("Smeaton Grange", "NSW", "2567"));
    static final List<Place> QLD = List.of(new Place("Ipswich", "QLD", "4305"), new Place("Springfield Lakes", "QLD", "4300"),
            new Place("Ripley", "QLD", "4306"), new Place("North Lakes", "QLD", "4509"), new Place("Caboolture", "QLD", "4510"),
            new Place("Yarrabilba", "QLD", "4207"), new Place("Pimpama", "QLD", "4209"), new Place("Coomera", "QLD", "4209"),
            new Place("Logan Reserve", "QLD", "4133"), new Place("Narangba", "QLD", "4504"));
    static final List<Place> VIC = List.of(new Place("Tarneit", "VIC", "3029"), new Place("Werribee", "VIC", "3030"),
            new Place("Point Cook", "VIC", "3030"), new Place("Craigieburn", "VIC", "3064"), new Place("Mickleham", "VIC", "3064"),
            new Place("Clyde North", "VIC", "3978"), new Place("Cranbourne East", "VIC", "3977"), new Place("Officer", "VIC", "3809"),
            new Place("Wollert", "VIC", "3750"), new Place("Truganina", "VIC", "3029"));

    /** Places of business unit 1 (NSW), 2 (QLD) or 3 (VIC). */
    static List<Place> placesOf(int businessUnit) {
        return switch (businessUnit) {
            case 2 -> QLD;
            case 3 -> VIC;
            default -> NSW;
        };
    }

    /** Construction cost codes matched to template tasks: code, description, typical ex-GST amount. */
    record CostCode(String code, String trade, String description, int typicalExGst) {
    }

    static final List<CostCode> COST_CODES = List.of(
            new CostCode("0110", "EXCAV", "Site cut and levelling", 6800), new CostCode("0210", "CONC", "Slab pour incl. pump", 24500),
            new CostCode("0220", "CONC", "Driveway and paths", 7900), new CostCode("0310", "FRAME", "Wall and roof frames", 31800),
            new CostCode("0320", "ROOF", "Roof cover Colorbond", 14200), new CostCode("0330", "GUTT", "Fascia, gutter and downpipes", 4100),
            new CostCode("0340", "BRICK", "Face brickwork", 22600), new CostCode("0410", "ELEC", "Electrical rough-in single storey", 3850),
            new CostCode("0411", "ELEC", "Electrical fit-off", 1000), new CostCode("0420", "PLUMB", "Plumbing rough-in", 5200),
            new CostCode("0421", "PLUMB", "Plumbing fit-off", 2100), new CostCode("0430", "INSUL", "Wall and ceiling batts", 3300),
            new CostCode("0510", "PLAST", "Plasterboard hang and set", 15400), new CostCode("0515", "WATR", "Wet area waterproofing", 1650),
            new CostCode("0520", "TILE", "Wall and floor tiling wet areas", 3120), new CostCode("0530", "CABI", "Kitchen and vanities", 16900),
            new CostCode("0540", "CARP", "Fix-out doors and skirting", 6400), new CostCode("0610", "PAINT", "Internal and external painting", 9800),
            new CostCode("0620", "GLAZ", "Shower screens and mirrors", 2300), new CostCode("0710", "FENC", "Colorbond boundary fencing", 3600),
            new CostCode("0720", "LAND", "Turf and front garden", 4200), new CostCode("0810", "CLEAN", "Builders clean", 850));
}
