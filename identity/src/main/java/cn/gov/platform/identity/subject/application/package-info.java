/** The credit subject of an account, from its person and the enterprises it represents. */
@NullMarked
package cn.gov.platform.identity.subject.application;

import org.jspecify.annotations.NullMarked;
