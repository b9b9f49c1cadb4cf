/** The port that resolves a login account to its credit subject. */
@NullMarked
package cn.gov.platform.credit.subjects.application;

import org.jspecify.annotations.NullMarked;
