package io.github.automigrate.mapping.jpa;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.util.ClassUtils;

/**
 * What the entity scan found: the entity and converter classes, by name, and the packages
 * it scanned. At start-up it comes from a class-path scan; in an application processed
 * ahead of time, from code generated at build time out of the same scan, so that such a
 * start reads no class path; there, the mapping of these classes was computed at build
 * time too, and written to a class-path resource, so that such a start reads no
 * annotations either.
 *
 * @param packages the packages scanned, for the report
 * @param classNames the classes found, sorted by name
 * @param mappingResource the class-path resource that holds the mapping of these classes
 * computed at build time, or {@code null} when there is none (a start that scanned, or a
 * build that could not map them)
 */
public record ScannedClasses(List<String> packages, List<String> classNames, @Nullable String mappingResource) {

	public ScannedClasses {
		packages = List.copyOf(packages);
		classNames = List.copyOf(classNames);
	}

	/**
	 * What a scan at start-up found.
	 * @param packages the packages scanned
	 * @param classNames the classes found, sorted by name
	 */
	public ScannedClasses(List<String> packages, List<String> classNames) {
		this(packages, classNames, null);
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
