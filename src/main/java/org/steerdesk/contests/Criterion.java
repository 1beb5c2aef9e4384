package org.steerdesk.contests;

import java.math.BigDecimal;

/** A criterion of a contest's rubric: a judge gives it a value from 0 to {@code max}; a total weighs each value by {@code weight}. */
public record Criterion(long id, String code, String name, BigDecimal weight, BigDecimal max) {
}
