/**
 * The W3C Web Annotation Data Model as records, its JSON-LD mapping ({@link org.maoni.annotation.model.AnnotationJson})
 * and Maoni's profile of it: annotations whose target is a provision of a bill version. Pure Java and Jackson; no
 * Spring.
 */
package org.maoni.annotation.model;
