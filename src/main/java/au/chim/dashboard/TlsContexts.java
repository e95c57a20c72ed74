package au.chim.dashboard;

import org.apache.camel.support.jsse.KeyManagersParameters;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/** The one keystore of {@code monitor.dashboard.tls.*}, shaped for Camel's HTTP server and for Hawtio's Jetty. */
final class TlsContexts {
    private TlsContexts() {
    }

    static SSLContextParameters camel(SecuritySettings.Tls tls) {
        KeyStoreParameters store = new KeyStoreParameters();
        store.setResource("file:" + tls.keystore().toAbsolutePath());
        store.setPassword(tls.password());
        store.setType(tls.type());
        KeyManagersParameters keys = new KeyManagersParameters();
        keys.setKeyStore(store);
        keys.setKeyPassword(tls.password());
        SSLContextParameters params = new SSLContextParameters();
        params.setKeyManagers(keys);
        return params;
    }

    static SslContextFactory.Server jetty(SecuritySettings.Tls tls) {
        SslContextFactory.Server factory = new SslContextFactory.Server();
        factory.setKeyStorePath(tls.keystore().toAbsolutePath().toString());
        factory.setKeyStorePassword(tls.password());
        factory.setKeyStoreType(tls.type());
        return factory;
    }
}
