package dev.pyc2c.backend.template;

import dev.pyc2c.backend.model.OutputModelObject;
import dev.pyc2c.bytecode.PythonVersion;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.stringtemplate.v4.AttributeRenderer;
import org.stringtemplate.v4.AutoIndentWriter;
import org.stringtemplate.v4.Interpreter;
import org.stringtemplate.v4.ModelAdaptor;
import org.stringtemplate.v4.ST;
import org.stringtemplate.v4.STErrorListener;
import org.stringtemplate.v4.STGroup;
import org.stringtemplate.v4.STGroupFile;
import org.stringtemplate.v4.misc.ObjectModelAdaptor;
import org.stringtemplate.v4.misc.STMessage;
import org.stringtemplate.v4.misc.STNoSuchPropertyException;

/**
 * Renders the output model into C with the StringTemplate groups of a Python version: {@code c.stg}
 * holds the templates, and {@code c3XX.stg} imports it and overrides only what differs in that version.
 *
 * <p>Every model object is rendered by the template named after its class, which receives the object
 * as {@code m}; nested model objects render the same way, so templates never name each other.
 * Templates read record components ({@code <m.dst>}). Any template error (a missing template or
 * property, a syntax error) fails the rendering with {@link TemplateException}.
 */
public final class CTemplates {
    private static final Map<PythonVersion, CTemplates> CACHE = new ConcurrentHashMap<>();

    private final PythonVersion version;
    private final String groupName;

    private CTemplates(PythonVersion version) {
        this.version = version;
        this.groupName = "c3" + version.minor() + ".stg";
    }

    public static CTemplates of(PythonVersion version) {
        return CACHE.computeIfAbsent(version, CTemplates::new);
    }

    public PythonVersion version() {
        return version;
    }

    /** A template problem: the templates or the model are wrong, never the user's input. */
    public static final class TemplateException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TemplateException(String message) {
            super(message);
        }
    }

    /**
     * Renders {@code model}. ST groups are not thread-safe and the plugin renders modules in parallel, so each
     * thread loads its own group once and reuses it; the errors of one rendering go to that rendering's list.
     */
    public String render(OutputModelObject model) {
        Loaded loaded = groups.get();
        List<String> errors = new ArrayList<>();
        loaded.errors = errors;
        try {
            String out = ModelRenderer.render(instance(loaded.group, model), Locale.ROOT);
            if (!errors.isEmpty()) {
                throw new TemplateException("C template error(s) in " + groupName + ": " + String.join("; ", errors));
            }
            return out;
        } finally {
            loaded.errors = null;
        }
    }

    private final ThreadLocal<Loaded> groups = ThreadLocal.withInitial(this::loadGroup);

    /** A thread's group and the error list of the rendering it is doing. */
    private static final class Loaded {
        STGroup group;
        List<String> errors;
    }

    private Loaded loadGroup() {
        Loaded loaded = new Loaded();
        STErrorListener listener = new STErrorListener() {
            private void add(STMessage msg) {
                if (loaded.errors != null) {
                    loaded.errors.add(firstLine(msg));
                } else {
                    throw new TemplateException("C template error in " + groupName + ": " + firstLine(msg));
                }
            }

            @Override
            public void compileTimeError(STMessage msg) {
                add(msg);
            }

            @Override
            public void runTimeError(STMessage msg) {
                add(msg);
            }

            @Override
            public void IOError(STMessage msg) {
                add(msg);
            }

            @Override
            public void internalError(STMessage msg) {
                add(msg);
            }
        };
        loaded.errors = new ArrayList<>();
        STGroup group = load(listener);
        group.registerModelAdaptor(Record.class, new RecordAdaptor());
        group.registerRenderer(OutputModelObject.class, new ModelRenderer(group));
        if (!loaded.errors.isEmpty()) {
            throw new TemplateException("C template error(s) in " + groupName + ": " + String.join("; ", loaded.errors));
        }
        loaded.errors = null;
        loaded.group = group;
        return loaded;
    }

    private static String firstLine(STMessage msg) {
        String text = msg.toString();
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    private STGroup load(STErrorListener listener) {
        URL url = CTemplates.class.getResource("/dev/pyc2c/backend/templates/" + groupName);
        if (url == null) {
            throw new TemplateException("missing template group " + groupName);
        }
        STGroupFile group = new STGroupFile(url, "UTF-8", '<', '>');
        group.setListener(listener);
        group.load();
        return group;
    }

    private static ST instance(STGroup group, OutputModelObject model) {
        String name = model.getClass().getSimpleName();
        ST st = group.getInstanceOf(name);
        if (st == null) {
            throw new TemplateException("no template '" + name + "' for " + model.getClass().getName());
        }
        st.add("m", model);
        return st;
    }

    /** Renders a nested model object with the template named after its class. */
    private static final class ModelRenderer implements AttributeRenderer<OutputModelObject> {
        private final STGroup group;

        ModelRenderer(STGroup group) {
            this.group = group;
        }

        @Override
        public String toString(OutputModelObject value, String formatString, Locale locale) {
            return render(instance(group, value), locale);
        }

        /** {@code ST.render(locale, 100)} into an unsynchronised buffer (ST's own goes through a StringBuffer). */
        static String render(ST st, Locale locale) {
            StringBuilder sb = new StringBuilder(256);
            AutoIndentWriter out = new AutoIndentWriter(new BuilderWriter(sb));
            out.setLineWidth(100);
            st.write(out, locale);
            return sb.toString();
        }
    }

    /** A {@link java.io.Writer} appending to a {@link StringBuilder}. */
    private static final class BuilderWriter extends java.io.Writer {
        private final StringBuilder sb;

        BuilderWriter(StringBuilder sb) {
            this.sb = sb;
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            sb.append(cbuf, off, len);
        }

        @Override
        public void write(int c) {
            sb.append((char) c);
        }

        @Override
        public void write(String str) {
            sb.append(str);
        }

        @Override
        public void write(String str, int off, int len) {
            sb.append(str, off, off + len);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /** Lets templates read record components: {@code <m.dst>} calls {@code dst()}. */
    private static final class RecordAdaptor implements ModelAdaptor<Record> {
        private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
            @Override
            protected Map<String, Method> computeValue(Class<?> type) {
                return new ConcurrentHashMap<>();
            }
        };
        private static final Method NONE;

        static {
            try {
                NONE = Object.class.getMethod("hashCode");
            } catch (NoSuchMethodException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        private final ObjectModelAdaptor<Object> fallback = new ObjectModelAdaptor<>();

        @Override
        public Object getProperty(Interpreter interp, ST self, Record model, Object property, String propertyName)
                throws STNoSuchPropertyException {
            Method accessor = ACCESSORS.get(model.getClass()).computeIfAbsent(propertyName,
                    name -> accessor(model.getClass(), name));
            if (accessor == NONE) {
                return fallback.getProperty(interp, self, model, property, propertyName);
            }
            try {
                return accessor.invoke(model);
            } catch (ReflectiveOperationException e) {
                throw new STNoSuchPropertyException(e, model, propertyName);
            }
        }

        private static Method accessor(Class<?> type, String name) {
            Method accessor = null;
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getName().equals(name)) {
                    accessor = c.getAccessor();
                }
            }
            if (accessor == null) {
                try {
                    accessor = type.getMethod(name); // a derived property, e.g. usesK()
                } catch (NoSuchMethodException e) {
                    return NONE;
                }
            }
            accessor.setAccessible(true);
            return accessor;
        }
    }
}
