/** Identity service: real-name identities, enterprises, mandates, staff authority across the division tree. */
@NullMarked
package cn.gov.platform.identity;

import org.jspecify.annotations.NullMarked;
