package io.github.automigrate.scan;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.util.ClassUtils;

/**
 * What the entity scan found: the entity and converter classes, by name, and the packages it scanned. At start-up it
 * comes from a class-path scan; in an application processed ahead of time, from code generated at build time out of
 * the same scan, so that such a start reads no class path.
 *
 * @param packages the packages scanned, for the report
 * @param classNames the classes found, sorted by name
 */
public record ScannedClasses(List<String> packages, List<String> classNames) {

	public ScannedClasses {
		packages = List.copyOf(packages);
		classNames = List.copyOf(classNames);
	}

	/**
	 * Loads the classes found.
	 * @param classLoader the class loader, or {@code null} for the default one
	 * @return the classes, in the order found
	 * @throws ClassNotFoundException if a class found is no longer there
	 */
	public List<Class<?>> load(@Nullable ClassLoader classLoader) throws ClassNotFoundException {
		List<Class<?>> classes = new ArrayList<>(this.classNames.size());
		for (String name : this.classNames) {
			classes.add(ClassUtils.forName(name, classLoader));
		}
		return classes;
	}

}
