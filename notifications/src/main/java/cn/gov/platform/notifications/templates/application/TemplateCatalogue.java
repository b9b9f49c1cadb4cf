package cn.gov.platform.notifications.templates.application;

import cn.gov.platform.notifications.templates.domain.Template;
import java.util.List;
import java.util.Optional;

/** Every version of every template. */
public interface TemplateCatalogue {

    List<Template> all();

    List<Template> versions(String code);

    /** Stores a new version; false if that (code, version) already exists. */
    boolean add(Template template);

    /** Replaces a stored version (approval). */
    void replace(Template template);
}
