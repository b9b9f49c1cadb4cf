/** The inbox API for the portal and the app. */
@NullMarked
package cn.gov.platform.notifications.inbox.web;

import org.jspecify.annotations.NullMarked;
