package dev.pyc2c.backend.model;

/**
 * A piece of the C output: rendered by the template named after its class (see
 * {@link dev.pyc2c.backend.template.CTemplates}), which reads its record components.
 */
public interface OutputModelObject {
}
