package kr.nanumteo.rules.packs;

import java.net.URL;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The class loader the DRL compiler resolves names through: the application's, remembering the names it
 * does not have.
 *
 * <p>While it compiles a rule, Drools tries each identifier it meets ({@code params}, a field name, a
 * binding) as a class in every imported package and in the rule's own; nearly all of those lookups
 * fail, and each failure searches every jar on the class path — in the packaged service, every jar
 * nested in the service's jar. That was a fifth of compiling a pack (JFR, PackCompileBenchmark). The
 * application's classes do not change while it runs, so a name it lacked once it lacks for good; the
 * classes a pack generates for its consequences are defined by the pack's own loader, below this one,
 * and never asked of it.
 */
final class RememberingClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader application;
    private final Set<String> missingClasses = ConcurrentHashMap.newKeySet();
    private final Set<String> missingResources = ConcurrentHashMap.newKeySet();

    RememberingClassLoader(ClassLoader application) {
        super(application);
        this.application = application;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (missingClasses.contains(name)) {
            throw new ClassNotFoundException(name);
        }
        try {
            return super.loadClass(name, resolve);
        } catch (ClassNotFoundException e) {
            missingClasses.add(name);
            throw e;
        }
    }

    @Override
    public URL getResource(String name) {
        if (missingResources.contains(name)) {
            return null;
        }
        URL url = application.getResource(name);
        if (url == null) {
            missingResources.add(name);
        }
        return url;
    }
}
