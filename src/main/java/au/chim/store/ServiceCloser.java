package au.chim.store;

import org.apache.camel.support.service.ServiceSupport;

/** Closes a resource (a connection pool, the demo mail server) when Camel stops, after the routes that use it. */
public class ServiceCloser extends ServiceSupport {
    private final AutoCloseable resource;

    public ServiceCloser(AutoCloseable resource) {
        this.resource = resource;
    }

    @Override
    protected void doStop() throws Exception {
        resource.close();
    }
}
