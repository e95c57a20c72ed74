package au.chim.dashboard.jmx;

import au.chim.detect.clickhome.ClickHomeChecks;
import au.chim.digest.DigestRunner;
import java.util.List;

/** au.chim.monitor:type=Detectors. */
class DetectorsBean implements DetectorsMXBean {
    private final ClickHomeChecks checks;
    private final DigestRunner digests;

    DetectorsBean(ClickHomeChecks checks, DigestRunner digests) {
        this.checks = checks;
        this.digests = digests;
    }

    @Override
    public List<String> getChecks() {
        return checks.status().stream()
                .map(c -> c.id() + " | " + c.lastRun() + " | " + c.lastDurationMs() + " ms | " + c.lastRows() + " rows | "
                        + (c.lastError() == null ? "ok" : c.lastError()))
                .toList();
    }

    @Override
    public String runNow(String checkId) {
        return IssueRegisterBean.act(() -> JmxOperator.audited("run check " + checkId + " now") != null
                && checks.runNow(checkId) ? checkId + " runs at the next tick" : "no check " + checkId);
    }

    @Override
    public String sendDigestNow(String recipientId) {
        return IssueRegisterBean.act(() -> JmxOperator.audited("send digest to " + recipientId) != null
                && digests.sendNow(recipientId) ? "digest for " + recipientId + " queued"
                : "digest for " + recipientId + " already queued");
    }
}
