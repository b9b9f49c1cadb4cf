/** What credit's domain features share: the acting user and the outbox event, free of web concerns. */
@NullMarked
package cn.gov.platform.credit.common.domain;

import org.jspecify.annotations.NullMarked;
