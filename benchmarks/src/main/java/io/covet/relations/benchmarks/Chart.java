package io.covet.relations.benchmarks;

import java.util.Locale;
import java.util.Map;

import io.covet.relations.benchmarks.BenchmarkReport.Cell;
import io.covet.relations.benchmarks.BenchmarkReport.Section;

/** A self-contained HTML page with one SVG bar group per workload and row (database and varying parameters). */
final class Chart {

	private static final Map<String, String> COLORS = Map.of("covet", "#2e7d32", "jdbc", "#1565c0", "hibernate", "#ef6c00",
			"hibernateLazy", "#c62828", "hibernateOnDelete", "#6a1b9a", "naive", "#9e9e9e");

	private Chart() {
	}

	static String html(Map<String, Section> table) {
		StringBuilder html = new StringBuilder(
				"<!doctype html><html><head><meta charset=\"utf-8\"><title>Covet Relations benchmarks</title>"
						+ "<style>body{font-family:sans-serif;margin:2em}h2{font-size:1.1em}</style></head><body>"
						+ "<h1>Covet Relations benchmarks (median ms per operation, shorter is better; the line across a bar"
						+ " spans the quartiles)</h1>");
		for (Map.Entry<String, Section> workload : table.entrySet()) {
			html.append("<h2>").append(escape(BenchSettings.WORKLOADS.get(workload.getKey()))).append("</h2>");
			for (Map.Entry<String, Map<String, Cell>> entry : workload.getValue().rows().entrySet()) {
				Map<String, Cell> row = entry.getValue();
				double max = row.values().stream().mapToDouble(cell -> cell.times().upperQuartile()).max().orElse(1);
				html.append("<h3>").append(escape(entry.getKey())).append("</h3><svg width=\"720\" height=\"")
					.append(row.size() * 28 + 10)
					.append("\">");
				int y = 5;
				for (Map.Entry<String, Cell> cell : row.entrySet()) {
					IterationTimes times = cell.getValue().times();
					double width = 480 * times.median() / max;
					double low = 130 + 480 * times.lowerQuartile() / max;
					double high = 130 + 480 * times.upperQuartile() / max;
					html.append(String.format(Locale.ROOT,
							"<text x=\"0\" y=\"%d\" font-size=\"13\">%s</text><rect x=\"130\" y=\"%d\" width=\"%.1f\" height=\"20\" fill=\"%s\"/>"
									+ "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#000\" stroke-width=\"2\"/>"
									+ "<text x=\"%.1f\" y=\"%d\" font-size=\"12\">%.2f ms</text>",
							y + 15, cell.getKey(), y, width, COLORS.getOrDefault(cell.getKey(), "#555"), low, high, y + 10, y + 10,
							135 + Math.max(width, high - 130), y + 15, times.median()));
					y += 28;
				}
				html.append("</svg>");
			}
		}
		return html.append("</body></html>").toString();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
