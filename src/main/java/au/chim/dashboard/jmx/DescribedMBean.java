package au.chim.dashboard.jmx;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Optional;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanInfo;
import javax.management.MBeanOperationInfo;
import javax.management.MBeanParameterInfo;
import javax.management.StandardMBean;

/**
 * An MXBean whose MBean info carries the {@link Description}s of its interface and the real parameter names (the
 * build compiles with -parameters), so Hawtio shows "acknowledge(id, note): Acknowledge an issue..." instead of p0, p1.
 */
final class DescribedMBean<T> extends StandardMBean {
    private final Class<T> type;

    DescribedMBean(T implementation, Class<T> type) {
        super(implementation, type, true);
        this.type = type;
    }

    @Override
    protected String getDescription(MBeanInfo info) {
        Description d = type.getAnnotation(Description.class);
        return d == null ? super.getDescription(info) : d.value();
    }

    @Override
    protected String getDescription(MBeanAttributeInfo info) {
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getParameterCount() == 0 && (m.getName().equals("get" + info.getName()) || m.getName().equals("is" + info.getName())))
                .map(m -> m.getAnnotation(Description.class)).filter(d -> d != null).map(Description::value)
                .findFirst().orElse(super.getDescription(info));
    }

    @Override
    protected String getDescription(MBeanOperationInfo info) {
        return method(info).map(m -> m.getAnnotation(Description.class)).map(Description::value).orElse(super.getDescription(info));
    }

    @Override
    protected String getParameterName(MBeanOperationInfo op, MBeanParameterInfo param, int sequence) {
        return parameter(op, sequence).filter(Parameter::isNamePresent).map(Parameter::getName)
                .orElse(super.getParameterName(op, param, sequence));
    }

    @Override
    protected String getDescription(MBeanOperationInfo op, MBeanParameterInfo param, int sequence) {
        return parameter(op, sequence).map(p -> p.getAnnotation(Description.class)).map(Description::value)
                .orElse(super.getDescription(op, param, sequence));
    }

    private Optional<Parameter> parameter(MBeanOperationInfo op, int sequence) {
        return method(op).filter(m -> sequence < m.getParameterCount()).map(m -> m.getParameters()[sequence]);
    }

    /** Operations are not overloaded in these interfaces, so name and parameter count find the method. */
    private Optional<Method> method(MBeanOperationInfo op) {
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(op.getName()) && m.getParameterCount() == op.getSignature().length).findFirst();
    }
}
