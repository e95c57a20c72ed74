package au.chim.detect.dropfolder;

import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;

/**
 * camel-file filter: only regular files named like the interface's files ({@code PO_<SOURCE>_<timestamp>.csv}); never a
 * .tmp, and never a link, FIFO or device, which are not opened at all (a FIFO would block the route for ever and a link may
 * point outside the share): the stale-file scan reports them and leaves them alone.
 */
public final class DropNameFilter<T> implements GenericFileFilter<T> {
    private final DropInterface iface;

    public DropNameFilter(DropInterface iface) {
        this.iface = iface;
    }

    @Override
    public boolean accept(GenericFile<T> file) {
        return !file.isDirectory() && file.getFile() instanceof java.io.File f && ArrivalOrder.isDropFile(f.toPath(), iface);
    }
}
