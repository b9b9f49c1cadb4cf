/** Endpoints for subjects and issuing departments. */
@NullMarked
package cn.gov.platform.credit.petitions.web;

import org.jspecify.annotations.NullMarked;
