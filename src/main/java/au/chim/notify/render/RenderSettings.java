package au.chim.notify.render;

/**
 * Bounds that keep every email readable and small whatever the register holds.
 *
 * @param maxListed    items listed per section of an email body; the rest are counted ("and 240 more")
 * @param csvThreshold above this many items in an email, the full list is attached as CSV
 * @param maxCsvRows   rows in that CSV at most (a note says when it was cut)
 * @param maxSubject   characters in a subject line
 * @param product      name shown in subjects and footers
 */
public record RenderSettings(int maxListed, int csvThreshold, int maxCsvRows, int maxSubject, String product) {
    public static final RenderSettings DEFAULT = new RenderSettings(50, 25, 10_000, 150, "ClickHome monitor");

    public RenderSettings {
        if (maxListed < 1 || csvThreshold < 0 || maxCsvRows < 1 || maxSubject < 20) {
            throw new IllegalArgumentException("render bounds out of range: " + maxListed + "/" + csvThreshold + "/"
                    + maxCsvRows + "/" + maxSubject);
        }
        product = product == null || product.isBlank() ? "ClickHome monitor" : product;
    }
}
