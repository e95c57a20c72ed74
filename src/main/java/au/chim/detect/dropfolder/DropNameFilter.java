package au.chim.detect.dropfolder;

import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;

/** camel-file filter: only files named like the interface's files ({@code PO_<SOURCE>_<timestamp>.csv}); never a .tmp. */
public final class DropNameFilter<T> implements GenericFileFilter<T> {
    private final DropInterface iface;

    public DropNameFilter(DropInterface iface) {
        this.iface = iface;
    }

    @Override
    public boolean accept(GenericFile<T> file) {
        return !file.isDirectory() && iface.matchName(file.getFileNameOnly()).isPresent();
    }
}
