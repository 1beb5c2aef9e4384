package org.steerdesk.awards;

import java.time.LocalDate;

/** How a decision is signed when issued: its day, and the signature block (prefix such as "KT. CHỦ TỊCH", title, name). */
public record Signature(LocalDate date, String prefix, String title, String name) {
}
