/** Message templates: code, Chinese text with named variables, version and approval. */
@NullMarked
package cn.gov.platform.notifications.templates;

import org.jspecify.annotations.NullMarked;
