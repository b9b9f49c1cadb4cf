/** Import use cases: start a job, process it batch by batch, report progress. */
@NullMarked
package cn.gov.platform.certificates.imports.application;

import org.jspecify.annotations.NullMarked;
