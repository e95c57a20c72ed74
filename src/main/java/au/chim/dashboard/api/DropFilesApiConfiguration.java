package au.chim.dashboard.api;

import au.chim.detect.dropfolder.RejectedFiles;
import au.chim.detect.dropfolder.Resubmits;
import au.chim.register.IssueStore;
import java.time.Clock;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.Registry;

/** Binds {@code dropFilesApi} for routes/61-api-drop-files.camel.yaml; runs after DropFolderConfiguration, whose beans it takes. */
public class DropFilesApiConfiguration implements CamelConfiguration {
    @Override
    public void configure(CamelContext context) {
        Registry r = context.getRegistry();
        r.bind("dropFilesApi", new DropFilesApi(r.lookupByNameAndType("rejectedDropFiles", RejectedFiles.class),
                r.lookupByNameAndType("dropFileResubmits", Resubmits.class), r.lookupByNameAndType("issueStore", IssueStore.class),
                r.lookupByNameAndType("clock", Clock.class)));
    }
}
