package org.maoni.memorandum;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The id of a call for memoranda. */
public record CallId(@JsonValue long value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public CallId {}

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
