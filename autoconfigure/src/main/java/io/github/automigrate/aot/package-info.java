/**
 * Spring AOT and native images: the entity scan at build time, and the runtime hints for
 * what AutoMigrate reads by reflection and as resources.
 */
@NullMarked
package io.github.automigrate.aot;

import org.jspecify.annotations.NullMarked;
