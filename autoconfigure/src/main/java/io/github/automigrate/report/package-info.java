/**
 * What a run did, as one immutable value, and its log lines.
 */
@NullMarked
package io.github.automigrate.report;

import org.jspecify.annotations.NullMarked;
