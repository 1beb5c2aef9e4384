package org.steerdesk.figures;

import java.time.LocalDate;
import java.util.List;

/** Every figure of the catalogue for one unit and range (the body of {@code GET /api/v1/figures}). */
public record FigureReport(String unit, LocalDate from, LocalDate to, List<ComputedFigure> figures) {
}
