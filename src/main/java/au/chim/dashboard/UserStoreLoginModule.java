package au.chim.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;

/**
 * JAAS login against the {@link UserStore} passed in the entry option {@value #STORE_OPTION}; used by Hawtio's
 * login form and its HTTP Basic check. Adds a {@link UserPrincipal} and one {@link RolePrincipal} per role.
 */
public class UserStoreLoginModule implements LoginModule {
    public static final String STORE_OPTION = "userStore";

    private Subject subject;
    private CallbackHandler callbacks;
    private UserStore store;
    private DashboardUser user;
    private final List<java.security.Principal> added = new ArrayList<>();

    @Override
    public void initialize(Subject subject, CallbackHandler callbackHandler, Map<String, ?> sharedState,
            Map<String, ?> options) {
        this.subject = subject;
        this.callbacks = callbackHandler;
        Object s = options.get(STORE_OPTION);
        this.store = s instanceof UserStore us ? us : null;
    }

    @Override
    public boolean login() throws LoginException {
        if (store == null) {
            throw new LoginException("UserStoreLoginModule has no '" + STORE_OPTION + "' option");
        }
        NameCallback name = new NameCallback("Username: ");
        PasswordCallback password = new PasswordCallback("Password: ", false);
        try {
            callbacks.handle(new Callback[] {name, password});
        } catch (Exception e) {
            throw new LoginException("Cannot read the credentials: " + e.getClass().getSimpleName());
        }
        char[] pw = password.getPassword();
        try {
            Optional<DashboardUser> found = store.authenticate(name.getName(), pw == null ? new char[0] : pw);
            user = found.orElseThrow(() -> new FailedLoginException("Wrong user name or password"));
            return true;
        } finally {
            if (pw != null) {
                Arrays.fill(pw, '\0');
            }
            password.clearPassword();
        }
    }

    @Override
    public boolean commit() {
        if (user == null) {
            return false;
        }
        added.add(new UserPrincipal(user.name()));
        user.roles().forEach(r -> added.add(new RolePrincipal(r.id())));
        subject.getPrincipals().addAll(added);
        return true;
    }

    @Override
    public boolean abort() {
        return logout();
    }

    @Override
    public boolean logout() {
        if (subject != null && !subject.isReadOnly()) {
            subject.getPrincipals().removeAll(added);
        }
        added.clear();
        user = null;
        return true;
    }
}
