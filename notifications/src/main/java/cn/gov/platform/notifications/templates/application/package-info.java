/** Template use cases and the catalogue port. */
@NullMarked
package cn.gov.platform.notifications.templates.application;

import org.jspecify.annotations.NullMarked;
