/* sw-export-pdf.c — the printable report: verdict, charts, team; cairo and Pango only, no display
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * It draws the verdict the core computed; every sentence comes from sw-verdict.c,
 * sw-report.c or sw-team.c, so the paper says what the window says. Technology
 * names are always written next to their colors, so a black-and-white print or a
 * reader who does not tell the colors apart loses nothing.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "sw-export-pdf.h"
#include "sw-report.h"
#include "sw-save.h"
#include "sw-blind-vote.h"
#include "sw-team.h"
#include "sw-weight.h"
#include "sw-weights-source.h"

#define MARGIN        48.0
#define CONTENT_WIDTH (SW_EXPORT_PDF_PAGE_WIDTH - 2 * MARGIN)
#define FOOTER_Y      (SW_EXPORT_PDF_PAGE_HEIGHT - MARGIN + 16.0)
#define BOTTOM        (SW_EXPORT_PDF_PAGE_HEIGHT - MARGIN - 12.0)
#define FONT_FAMILY   "Sans"

#define LABEL_WIDTH   150.0   /* the names in front of bars */
#define REASON_LABEL_WIDTH 185.0
#define BAR_HEIGHT    14.0
#define ROW_HEIGHT    20.0
/* The reasons chart shows the largest ones; the rest are small by construction. */
#define MAX_REASONS_DRAWN     8
#define REASON_ROW_HEIGHT     17.0
#define MAX_TIPPING_POINTS    SW_REPORT_MAX_TIPPING_POINTS
#define MAX_NOTES_HEIGHT      220.0

typedef struct
{
  cairo_t          *cr;
  SwMeeting  *meeting;
  SwDataset        *dataset;
  SwVerdict        *verdict;
  SwTeam           *team;      /* NULL for one person alone */
  SwBlindVote       blind;     /* verdict is NULL while blind.hidden */
  GDateTime        *date;
  guint             page;
  guint             n_pages;
  double            y;
} Report;

typedef enum
{
  TEXT_BODY,
  TEXT_SMALL,
  TEXT_HEADING,
  TEXT_TITLE,
  TEXT_VERDICT,
  TEXT_FIGURE,
  TEXT_LABEL,
} TextStyle;

/* Colors: near-black text and grey rules print well anywhere. */
static const double ink[3] = { 0.12, 0.12, 0.14 };
static const double muted[3] = { 0.40, 0.40, 0.44 };
static const double rule[3] = { 0.80, 0.80, 0.82 };
static const double track[3] = { 0.93, 0.93, 0.94 };
static const double bar_grey[3] = { 0.66, 0.68, 0.72 };

static void
set_rgb (cairo_t      *cr,
         const double *rgb)
{
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
}

/* "#3a7dbf" → 0..1 components; the dataset loader checked the form. */
static void
parse_color (const char *hex,
             double     *rgb)
{
  guint value = 0;

  if (hex != NULL && hex[0] == '#' && strlen (hex) == 7)
    value = (guint) g_ascii_strtoull (hex + 1, NULL, 16);

  rgb[0] = ((value >> 16) & 0xff) / 255.0;
  rgb[1] = ((value >> 8) & 0xff) / 255.0;
  rgb[2] = (value & 0xff) / 255.0;
}

static void
set_technology_color (Report *r,
                      int     technology)
{
  double rgb[3];

  if (technology < 0)
    {
      set_rgb (r->cr, muted);
      return;
    }

  parse_color (sw_dataset_get_technology (r->dataset, technology)->color, rgb);
  set_rgb (r->cr, rgb);
}

static PangoLayout *
make_layout (Report     *r,
             const char *text,
             TextStyle   style,
             double      width)
{
  PangoLayout *layout = pango_cairo_create_layout (r->cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT_FAMILY);

  switch (style)
    {
    case TEXT_SMALL:
      pango_font_description_set_size (font, 8 * PANGO_SCALE);
      break;
    case TEXT_HEADING:
      pango_font_description_set_size (font, 12 * PANGO_SCALE);
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;
    case TEXT_TITLE:
      pango_font_description_set_size (font, 15 * PANGO_SCALE);
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;
    case TEXT_VERDICT:
      pango_font_description_set_size (font, 34 * PANGO_SCALE);
      pango_font_description_set_weight (font, PANGO_WEIGHT_HEAVY);
      break;
    case TEXT_FIGURE:
      pango_font_description_set_size (font, 9 * PANGO_SCALE);
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;
    case TEXT_LABEL:
      pango_font_description_set_size (font, 9 * PANGO_SCALE);
      break;
    case TEXT_BODY:
    default:
      pango_font_description_set_size (font, 10 * PANGO_SCALE);
      break;
    }

  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }

  return layout;
}

/* Draws text with its top-left at (x, y); returns its height. */
static double
draw_text (Report       *r,
           double        x,
           double        y,
           double        width,
           const char   *text,
           TextStyle     style,
           const double *rgb)
{
  g_autoptr(PangoLayout) layout = make_layout (r, text, style, width);
  int height;

  pango_layout_get_size (layout, NULL, &height);
  if (rgb != NULL)
    set_rgb (r->cr, rgb);
  cairo_move_to (r->cr, x, y);
  pango_cairo_show_layout (r->cr, layout);

  return (double) height / PANGO_SCALE;
}

/* One line, cut with "…" to fit the width; right-aligned when `right` is set. */
static void
draw_label (Report       *r,
            double        x,
            double        y,
            double        width,
            const char   *text,
            TextStyle     style,
            gboolean      right)
{
  g_autoptr(PangoLayout) layout = make_layout (r, text, style, width);

  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  cairo_move_to (r->cr, x, y);
  pango_cairo_show_layout (r->cr, layout);
}

static double
text_width (Report     *r,
            const char *text,
            TextStyle   style)
{
  g_autoptr(PangoLayout) layout = make_layout (r, text, style, -1);
  int width;

  pango_layout_get_size (layout, &width, NULL);

  return (double) width / PANGO_SCALE;
}

static void
heading (Report     *r,
         const char *text)
{
  r->y += 14.0;
  r->y += draw_text (r, MARGIN, r->y, CONTENT_WIDTH, text, TEXT_HEADING, ink);
  set_rgb (r->cr, rule);
  cairo_rectangle (r->cr, MARGIN, r->y + 2.0, CONTENT_WIDTH, 0.75);
  cairo_fill (r->cr);
  r->y += 8.0;
}

static void
paragraph (Report     *r,
           const char *text)
{
  r->y += draw_text (r, MARGIN, r->y, CONTENT_WIDTH, text, TEXT_BODY, ink) + 4.0;
}

static void
bullet (Report     *r,
        const char *text)
{
  draw_text (r, MARGIN + 4.0, r->y, -1, "•", TEXT_BODY, muted);
  r->y += draw_text (r, MARGIN + 16.0, r->y, CONTENT_WIDTH - 16.0, text, TEXT_BODY, ink) + 3.0;
}

static void
footer (Report *r)
{
  g_autofree char *day = g_date_time_format (r->date, "%Y-%m-%d");
  g_autofree char *left = NULL;
  g_autofree char *right = NULL;

  /* Translators: the report's footer, "Stackwise · Python vs Node.js · 2026-03-14" */
  left = g_strdup_printf (_("Stackwise · %s · %s"), sw_dataset_get_title (r->dataset), day);
  /* Translators: page numbers, "1 / 2" */
  right = g_strdup_printf (_("%u / %u"), r->page, r->n_pages);

  set_rgb (r->cr, muted);
  draw_label (r, MARGIN, FOOTER_Y, CONTENT_WIDTH - 60.0, left, TEXT_SMALL, FALSE);
  draw_label (r, MARGIN + CONTENT_WIDTH - 60.0, FOOTER_Y, 60.0, right, TEXT_SMALL, TRUE);
}

/* Page 1 */

static void
draw_verdict (Report *r)
{
  g_autofree char *label = sw_team_dup_verdict_label (r->verdict);
  g_autofree char *headline = sw_verdict_dup_headline (r->verdict);
  g_autofree char *day = g_date_time_format (r->date, "%Y-%m-%d");
  g_autofree char *kicker = NULL;
  gboolean is_technology = sw_verdict_get_kind (r->verdict) == SW_VERDICT_KIND_TECHNOLOGY;
  double rgb[3];

  r->y = MARGIN;
  /* Translators: above the report's title, "Decision report · 2026-03-14" */
  kicker = g_strdup_printf (_("Decision report · %s"), day);
  r->y += draw_text (r, MARGIN, r->y, CONTENT_WIDTH, kicker, TEXT_SMALL, muted) + 2.0;
  r->y += draw_text (r, MARGIN, r->y, CONTENT_WIDTH, sw_dataset_get_title (r->dataset), TEXT_TITLE, ink);
  r->y += 10.0;

  /* The verdict in large type, in the winner's color with a color bar beside it. */
  if (is_technology)
    parse_color (sw_dataset_get_technology (r->dataset, sw_verdict_get_leader (r->verdict))->color, rgb);
  else
    memcpy (rgb, ink, sizeof rgb);

  {
    g_autoptr(PangoLayout) layout = make_layout (r, label, TEXT_VERDICT, CONTENT_WIDTH - 14.0);
    int height;

    pango_layout_get_size (layout, NULL, &height);
    set_rgb (r->cr, rgb);
    cairo_rectangle (r->cr, MARGIN, r->y + 4.0, 6.0, (double) height / PANGO_SCALE - 8.0);
    cairo_fill (r->cr);
    set_rgb (r->cr, ink);
    cairo_move_to (r->cr, MARGIN + 14.0, r->y);
    pango_cairo_show_layout (r->cr, layout);
    r->y += (double) height / PANGO_SCALE;
  }

  r->y += 4.0;
  paragraph (r, headline);

  /* The facts the verdict rests on, once any is stated. */
  if (!sw_situation_is_empty (sw_meeting_get_situation (r->meeting)))
    {
      g_autofree char *situation = sw_situation_dup_sentence (sw_verdict_get_dataset (r->verdict));

      if (situation != NULL)
        paragraph (r, situation);
    }
}

static void
draw_scores (Report *r)
{
  guint n_technologies = sw_dataset_get_n_technologies (r->dataset);
  double bar_left = MARGIN + LABEL_WIDTH;
  double bar_width = CONTENT_WIDTH - LABEL_WIDTH - 44.0;
  g_autofree guint *order = g_new (guint, n_technologies);

  heading (r, _("Scores out of 100"));

  /* Highest first, as the summary sentence has them. */
  sw_verdict_get_ranking (r->verdict, order);

  for (guint i = 0; i < n_technologies; i++)
    {
      guint t = order[i];
      double score = sw_verdict_get_score (r->verdict, t);
      g_autofree char *figure = sw_format_number (score);
      double length = bar_width * CLAMP (score, 0.0, 100.0) / 100.0;

      set_rgb (r->cr, ink);
      draw_label (r, MARGIN, r->y, LABEL_WIDTH - 10.0, sw_dataset_get_technology (r->dataset, t)->name,
                  TEXT_BODY, FALSE);
      set_rgb (r->cr, track);
      cairo_rectangle (r->cr, bar_left, r->y + 1.0, bar_width, BAR_HEIGHT);
      cairo_fill (r->cr);
      set_technology_color (r, (int) t);
      cairo_rectangle (r->cr, bar_left, r->y + 1.0, length, BAR_HEIGHT);
      cairo_fill (r->cr);
      draw_text (r, bar_left + bar_width + 6.0, r->y + 1.0, -1, figure, TEXT_FIGURE, ink);
      r->y += ROW_HEIGHT;
    }

  {
    g_autofree char *confidence = NULL;

    /* Translators: under the score bars, "Confidence: clear (margin 28.6 points)" */
    g_autofree char *margin = sw_format_number (sw_verdict_get_margin (r->verdict));
    confidence = g_strdup_printf (_("Confidence: %s (margin %s points)"),
                                  sw_verdict_get_confidence_label (r->verdict), margin);
    r->y += 2.0;
    r->y += draw_text (r, MARGIN, r->y, CONTENT_WIDTH, confidence, TEXT_SMALL, muted);
  }
}

/* The reasons as a diverging bar chart: bars to the right favour the leader, to
 * the left the runner-up, from a shared axis; each bar is labelled with its points
 * and each side with its technology's name. */
static void
draw_reasons (Report *r)
{
  guint n = sw_verdict_get_n_contributions (r->verdict);
  guint shown = MIN (n, MAX_REASONS_DRAWN);
  int leader = sw_verdict_get_leader (r->verdict);
  int runner_up = sw_verdict_get_runner_up (r->verdict);
  double chart_left = MARGIN + REASON_LABEL_WIDTH;
  double chart_width = CONTENT_WIDTH - REASON_LABEL_WIDTH;
  double axis = chart_left + chart_width / 2.0;
  double half = chart_width / 2.0 - 34.0;
  double largest = 0.0;
  double top;

  heading (r, _("Reasons"));

  if (n == 0 || leader < 0 || runner_up < 0)
    {
      paragraph (r, _("Set a weight above 0 to see the reasons."));
      return;
    }

  for (guint i = 0; i < shown; i++)
    largest = MAX (largest, fabs (sw_verdict_get_contribution (r->verdict, i)->points));
  if (largest <= 0.0)
    largest = 1.0;

  {
    /* Translators: the sides of the reasons chart, "← for Python" and "for Node.js →" */
    g_autofree char *left = g_strdup_printf (_("← for %s"), sw_dataset_get_technology (r->dataset, runner_up)->name);
    g_autofree char *right = g_strdup_printf (_("for %s →"), sw_dataset_get_technology (r->dataset, leader)->name);

    set_technology_color (r, runner_up);
    draw_label (r, chart_left, r->y, chart_width / 2.0 - 6.0, left, TEXT_FIGURE, TRUE);
    set_technology_color (r, leader);
    draw_label (r, axis + 6.0, r->y, chart_width / 2.0 - 6.0, right, TEXT_FIGURE, FALSE);
    r->y += 16.0;
  }

  top = r->y;
  for (guint i = 0; i < shown; i++)
    {
      const SwContribution *contribution = sw_verdict_get_contribution (r->verdict, i);
      const SwCriterion *criterion = sw_dataset_get_criterion (r->dataset, contribution->criterion);
      g_autofree char *weight = sw_format_number (contribution->weight);
      g_autofree char *label = NULL;
      g_autofree char *figure = sw_format_number (fabs (contribution->points));
      double length = half * fabs (contribution->points) / largest;
      double figure_width = text_width (r, figure, TEXT_SMALL);

      /* Translators: a row of the reasons chart, "Code sharing (7.0)": the criterion and its weight */
      label = g_strdup_printf (_("%s (%s)"), criterion->name, weight);
      set_rgb (r->cr, ink);
      draw_label (r, MARGIN, r->y + 1.0, REASON_LABEL_WIDTH - 10.0, label, TEXT_LABEL, FALSE);

      set_technology_color (r, contribution->favours);
      if (contribution->points >= 0)
        {
          cairo_rectangle (r->cr, axis, r->y + 1.0, length, BAR_HEIGHT);
          cairo_fill (r->cr);
          draw_text (r, axis + length + 4.0, r->y + 2.0, -1, figure, TEXT_SMALL, ink);
        }
      else
        {
          cairo_rectangle (r->cr, axis - length, r->y + 1.0, length, BAR_HEIGHT);
          cairo_fill (r->cr);
          draw_text (r, axis - length - 4.0 - figure_width, r->y + 2.0, -1, figure, TEXT_SMALL, ink);
        }
      r->y += REASON_ROW_HEIGHT;
    }

  set_rgb (r->cr, muted);
  cairo_rectangle (r->cr, axis - 0.5, top - 2.0, 1.0, r->y - top);
  cairo_fill (r->cr);

  if (n > shown)
    {
      /* Translators: under the reasons chart */
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "and %u smaller reason",
                                                            "and %u smaller reasons", n - shown),
                                               n - shown);
      r->y += draw_text (r, MARGIN, r->y, CONTENT_WIDTH, more, TEXT_SMALL, muted);
    }
  /* Translators: under the reasons chart: what the numbers are */
  r->y += draw_text (r, MARGIN, r->y + 2.0, CONTENT_WIDTH,
                     _("Each bar is the criterion's share of the margin, in points; the bars add up to the margin."),
                     TEXT_SMALL, muted) + 2.0;
}

static void
draw_tipping_points (Report *r)
{
  guint n = MIN (sw_verdict_get_n_tipping_points (r->verdict), MAX_TIPPING_POINTS);

  heading (r, _("What would change the answer"));

  if (sw_verdict_get_leader (r->verdict) < 0)
    {
      paragraph (r, _("Set a weight above 0 to see what would change the answer."));
      return;
    }
  /* A team's, in terms someone can move: the active participant's sliders
   * with everyone else held, and where everyone's stand now. */
  if (r->team != NULL)
    {
      g_auto(GStrv) tipping = sw_report_dup_team_tipping (r->meeting, r->team, NULL);

      for (guint i = 0; tipping[i] != NULL; i++)
        bullet (r, tipping[i]);
      return;
    }

  if (n == 0)
    {
      paragraph (r, _("No single weight within 0–10 changes which technology leads."));
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *sentence = sw_verdict_dup_tipping_point_sentence (r->verdict, i);
      bullet (r, sentence);
    }
}

/* As in the robustness sentence: only a share of exactly 1 reads 100%. */
static char *
format_share (double share)
{
  double percent = round (share * 100.0);

  /* The same words as the verdict's (sw-verdict.c), so one translation serves both. */
  if (share < 1.0 && percent >= 100.0)
    /* xgettext:no-c-format */
    return g_strdup (_(">99%"));
  if (share > 0.0 && percent <= 0.0)
    /* xgettext:no-c-format */
    return g_strdup (_("<1%"));

  return g_strdup_printf (_("%.0f%%"), percent);
}

/* One bar split by each technology's share of the plausible cases, names beneath. */
static void
draw_robustness (Report *r)
{
  g_autofree char *sentence = sw_verdict_dup_robustness_sentence (r->verdict);
  guint n_technologies = sw_dataset_get_n_technologies (r->dataset);
  double x = MARGIN;

  heading (r, _("How sure"));

  if (sentence == NULL)
    {
      paragraph (r, _("Set a weight above 0 to see how sure the verdict is."));
      return;
    }

  paragraph (r, sentence);
  r->y += 2.0;

  for (guint t = 0; t < n_technologies; t++)
    {
      double share = sw_verdict_get_robustness (r->verdict, t);
      double width = CONTENT_WIDTH * share;
      g_autofree char *label = NULL;
      g_autofree char *percent = NULL;

      if (width <= 0.0)
        continue;

      set_technology_color (r, (int) t);
      cairo_rectangle (r->cr, x, r->y, width, BAR_HEIGHT);
      cairo_fill (r->cr);

      /* Translators: under the robustness bar, "Node.js 87%" */
      percent = format_share (share);
      label = g_strdup_printf (_("%s %s"), sw_dataset_get_technology (r->dataset, t)->name, percent);
      set_rgb (r->cr, ink);
      if (width >= text_width (r, label, TEXT_SMALL) + 4.0)
        draw_label (r, x, r->y + BAR_HEIGHT + 2.0, width, label, TEXT_SMALL, FALSE);
      x += width;
    }
  r->y += BAR_HEIGHT + 14.0;
}

static void
draw_source (Report *r)
{
  const char *source = sw_dataset_get_source (r->dataset);

  if (source == NULL)
    return;

  {
    g_autoptr(PangoLayout) layout = make_layout (r, source, TEXT_SMALL, CONTENT_WIDTH);
    int height;
    double y;

    pango_layout_get_size (layout, NULL, &height);
    y = MAX (r->y + 10.0, BOTTOM - (double) height / PANGO_SCALE);
    set_rgb (r->cr, muted);
    cairo_move_to (r->cr, MARGIN, y);
    pango_cairo_show_layout (r->cr, layout);
  }
}

/* While a blind vote is open: one page that names no option and shows no
 * weights, only how far the vote has come. */
static void
draw_sealed (Report *r)
{
  g_autofree char *day = g_date_time_format (r->date, "%Y-%m-%d");
  g_autofree char *kicker = NULL;
  g_autofree char *status = NULL;

  r->y = MARGIN;
  kicker = g_strdup_printf (_("Decision report · %s"), day);
  r->y += draw_text (r, MARGIN, r->y, CONTENT_WIDTH, kicker, TEXT_SMALL, muted) + 2.0;
  r->y += draw_text (r, MARGIN, r->y, CONTENT_WIDTH, sw_dataset_get_title (r->dataset), TEXT_TITLE, ink);
  r->y += 10.0;
  r->y += draw_text (r, MARGIN, r->y, CONTENT_WIDTH, _("The vote is still open"), TEXT_VERDICT, ink) + 4.0;
  /* Translators: the PDF report while a blind vote is open */
  status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u of %u participant has voted. The blind vote keeps the result hidden until everyone has; no option is chosen yet.",
                                         "%u of %u participants have voted. The blind vote keeps the result hidden until everyone has; no option is chosen yet.",
                                         r->blind.of),
                            r->blind.voted, r->blind.of);
  paragraph (r, status);
}

/* Page 2 */

static void
draw_notes (Report *r)
{
  g_autofree char *notes = g_strstrip (g_strdup (sw_meeting_get_notes (r->meeting)));
  g_autoptr(PangoLayout) layout = NULL;
  int height;

  if (notes[0] == '\0')
    return;

  heading (r, _("Context"));
  layout = make_layout (r, notes, TEXT_BODY, CONTENT_WIDTH);
  /* Long notes are cut with "…" rather than pushing the team off the page. */
  pango_layout_set_height (layout, (int) (MAX_NOTES_HEIGHT * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_get_size (layout, NULL, &height);
  set_rgb (r->cr, ink);
  cairo_move_to (r->cr, MARGIN, r->y);
  pango_cairo_show_layout (r->cr, layout);
  r->y += (double) height / PANGO_SCALE + 4.0;
}

/* Height of wrapped text without drawing it. */
static double
text_height (Report     *r,
             const char *text,
             TextStyle   style,
             double      width)
{
  g_autoptr(PangoLayout) layout = make_layout (r, text, style, width);
  int height;

  pango_layout_get_size (layout, NULL, &height);

  return (double) height / PANGO_SCALE;
}

static void
draw_team_table (Report *r)
{
  guint n_participants = sw_team_get_n_participants (r->team);
  double name_width = 110.0;
  double verdict_width = 130.0;
  double without_left = MARGIN + name_width + verdict_width;
  double without_width = CONTENT_WIDTH - name_width - verdict_width;
  /* A big team gets one line a person, so that everyone fits on the page. */
  gboolean wrap = n_participants <= 12;

  set_rgb (r->cr, muted);
  draw_label (r, MARGIN, r->y, name_width - 8.0, _("Participant"), TEXT_FIGURE, FALSE);
  draw_label (r, MARGIN + name_width, r->y, verdict_width - 8.0, _("Their own verdict"), TEXT_FIGURE, FALSE);
  draw_label (r, without_left, r->y, without_width, _("Without them"), TEXT_FIGURE, FALSE);
  r->y += 16.0;

  for (guint p = 0; p < n_participants; p++)
    {
      const char *name = sw_meeting_get_participant_name (r->meeting, p);
      SwVerdict *own = sw_team_get_participant_verdict (r->team, p);
      g_autofree char *label = sw_team_dup_verdict_label (own);
      g_autofree char *without = sw_team_dup_without_sentence (r->team, p, name);
      int own_leader = sw_verdict_get_kind (own) == SW_VERDICT_KIND_TECHNOLOGY ? sw_verdict_get_leader (own) : -1;
      /* The people whose absence would change the verdict stand out. */
      TextStyle style = sw_team_is_decisive (r->team, p) ? TEXT_FIGURE : TEXT_LABEL;
      double row = wrap ? MAX (16.0, text_height (r, without, style, without_width) + 4.0) : 14.0;

      if (r->y + row > BOTTOM)
        break;

      if (p % 2 == 0)
        {
          set_rgb (r->cr, track);
          cairo_rectangle (r->cr, MARGIN - 4.0, r->y - 2.0, CONTENT_WIDTH + 8.0, row);
          cairo_fill (r->cr);
        }

      set_rgb (r->cr, ink);
      draw_label (r, MARGIN, r->y, name_width - 8.0, name, TEXT_LABEL, FALSE);
      set_technology_color (r, own_leader);
      /* The label leaves a current point; start the dot on a path of its own. */
      cairo_new_path (r->cr);
      cairo_arc (r->cr, MARGIN + name_width + 4.0, r->y + 6.5, 4.0, 0, 2 * G_PI);
      cairo_fill (r->cr);
      set_rgb (r->cr, ink);
      draw_label (r, MARGIN + name_width + 13.0, r->y, verdict_width - 21.0, label, TEXT_LABEL, FALSE);
      if (wrap)
        draw_text (r, without_left, r->y, without_width, without, style, ink);
      else
        draw_label (r, without_left, r->y, without_width, without, style, FALSE);
      r->y += row;
    }
}

/* The weights behind the verdict: each criterion's bar on 0–10; for a team, the
 * bar is the mean and a line spans the lowest to the highest weight anyone gave. */
static void
draw_weights (Report *r)
{
  guint n_criteria = sw_dataset_get_n_criteria (r->dataset);
  guint n_participants = sw_meeting_get_n_participants (r->meeting);
  double bar_left = MARGIN + REASON_LABEL_WIDTH;
  double bar_width = CONTENT_WIDTH - REASON_LABEL_WIDTH - 40.0;
  /* Whose weights these are (sw-weights-source.c). Only drawn once the result
   * is shown, so no blind vote is sealed here. */
  g_autofree char *source = sw_weights_source_dup_sentence (r->meeting, NULL);
  double source_height = text_height (r, source, TEXT_SMALL, CONTENT_WIDTH) + 4.0;
  double row = MIN (18.0, (BOTTOM - r->y - 40.0 - source_height) / MAX (n_criteria, 1));

  if (row < 10.0)
    return;

  heading (r, _("Weights"));
  r->y += draw_text (r, MARGIN, r->y, CONTENT_WIDTH, source, TEXT_SMALL, ink) + 4.0;
  if (r->team != NULL)
    r->y += draw_text (r, MARGIN, r->y, CONTENT_WIDTH,
                       _("Each bar is the team's weight, the mean of everyone's; the line spans "
                         "the lowest to the highest weight a participant gave."),
                       TEXT_SMALL, muted) + 4.0;

  for (guint c = 0; c < n_criteria; c++)
    {
      double weight = sw_verdict_get_weight (r->verdict, c);
      g_autofree char *figure = sw_format_number (weight);
      double middle = r->y + row / 2.0 - 1.0;

      set_rgb (r->cr, ink);
      draw_label (r, MARGIN, r->y, REASON_LABEL_WIDTH - 10.0, sw_dataset_get_criterion (r->dataset, c)->name,
                  TEXT_LABEL, FALSE);
      set_rgb (r->cr, track);
      cairo_rectangle (r->cr, bar_left, r->y + 2.0, bar_width, row - 6.0);
      cairo_fill (r->cr);
      set_rgb (r->cr, bar_grey);
      cairo_rectangle (r->cr, bar_left, r->y + 2.0, bar_width * weight / SW_WEIGHT_MAX, row - 6.0);
      cairo_fill (r->cr);

      if (r->team != NULL)
        {
          double lowest = SW_WEIGHT_MAX, highest = SW_WEIGHT_MIN;

          for (guint p = 0; p < n_participants; p++)
            {
              double w = sw_weight_clamp (sw_meeting_get_participant_weights (r->meeting, p)[c]);
              lowest = MIN (lowest, w);
              highest = MAX (highest, w);
            }
          set_rgb (r->cr, ink);
          cairo_rectangle (r->cr, bar_left + bar_width * lowest / SW_WEIGHT_MAX, middle - 0.75,
                           bar_width * (highest - lowest) / SW_WEIGHT_MAX, 1.5);
          cairo_rectangle (r->cr, bar_left + bar_width * lowest / SW_WEIGHT_MAX - 0.75, middle - 4.0, 1.5, 8.0);
          cairo_rectangle (r->cr, bar_left + bar_width * highest / SW_WEIGHT_MAX - 0.75, middle - 4.0, 1.5, 8.0);
          cairo_fill (r->cr);
        }

      draw_text (r, bar_left + bar_width + 6.0, r->y + 1.0, -1, figure, TEXT_LABEL, ink);
      r->y += row;
    }
}

static void
draw_team (Report *r)
{
  g_autofree char *consensus = sw_team_dup_consensus_label (r->team);
  g_autofree char *agreement = sw_team_dup_agreement_sentence (r->team);
  g_autofree char *not_voted = sw_meeting_dup_not_voted_sentence (r->meeting);

  heading (r, _("Team votes"));

  r->y += draw_text (r, MARGIN, r->y, CONTENT_WIDTH, consensus, TEXT_TITLE, ink);
  paragraph (r, agreement);
  if (not_voted != NULL)
    paragraph (r, not_voted);
  r->y += 6.0;

  /* Disagreements first: the table may take the rest of the page. */
  if (sw_team_get_n_disagreements (r->team) > 0)
    {
      r->y += draw_text (r, MARGIN, r->y, CONTENT_WIDTH, _("Where the team disagrees most:"), TEXT_FIGURE, ink) + 3.0;
      for (guint i = 0; i < sw_team_get_n_disagreements (r->team); i++)
        {
          g_autofree char *sentence = sw_team_dup_disagreement_sentence (r->team, i);
          bullet (r, sentence);
        }
      r->y += 8.0;
    }

  draw_team_table (r);
  r->y += 6.0;
}

guint
sw_export_pdf_count_pages (SwMeeting  *meeting)
{
  g_autofree char *notes = NULL;
  SwBlindVote blind;

  g_return_val_if_fail (meeting != NULL, 0);

  sw_blind_vote_init_from_meeting (&blind, meeting);
  if (blind.hidden)
    return 1;

  notes = g_strstrip (g_strdup (sw_meeting_get_notes (meeting)));
  if (sw_meeting_get_n_participants (meeting) >= 2 || notes[0] != '\0')
    return 2;

  return 1;
}

static cairo_status_t
append_to_array (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

static void
set_metadata (cairo_surface_t *surface,
              Report          *r)
{
  g_autofree char *title = NULL;
  g_autofree char *created = g_date_time_format (r->date, "%Y-%m-%dT%H:%M:%S%:z");

  /* Translators: the PDF's document title, "Python vs Node.js — decision report" */
  title = g_strdup_printf (_("%s — decision report"), sw_dataset_get_title (r->dataset));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Stackwise " PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, created);
}

static void
draw_page (Report *r)
{
  if (r->verdict == NULL)
    {
      draw_sealed (r);
      draw_notes (r);
    }
  else if (r->page == 1)
    {
      draw_verdict (r);
      draw_scores (r);
      draw_reasons (r);
      draw_tipping_points (r);
      draw_robustness (r);
      draw_source (r);
    }
  else
    {
      r->y = MARGIN - 14.0;
      draw_notes (r);
      if (r->team != NULL)
        draw_team (r);
      draw_weights (r);
    }
  footer (r);
}

GBytes *
sw_export_pdf (SwMeeting   *meeting,
               GDateTime         *date,
               GError           **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(SwVerdict) verdict = NULL;
  g_autoptr(SwTeam) team = NULL;
  g_autoptr(GDateTime) now = NULL;
  SwBlindVote blind;
  cairo_surface_t *surface;
  cairo_status_t status;
  Report r;

  g_return_val_if_fail (meeting != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (date == NULL)
    date = now = g_date_time_new_now_local ();

  verdict = sw_blind_vote_evaluate (meeting, &team, &blind);

  surface = cairo_pdf_surface_create_for_stream (append_to_array, bytes,
                                                 SW_EXPORT_PDF_PAGE_WIDTH, SW_EXPORT_PDF_PAGE_HEIGHT);
  r = (Report) {
    .cr = cairo_create (surface),
    .meeting = meeting,
    .dataset = sw_meeting_get_dataset (meeting),
    .verdict = verdict,
    .team = team,
    .blind = blind,
    .date = date,
    .page = 1,
    .n_pages = sw_export_pdf_count_pages (meeting),
  };
  set_metadata (surface, &r);

  for (r.page = 1; r.page <= r.n_pages; r.page++)
    {
      r.y = 0.0;
      draw_page (&r);
      cairo_show_page (r.cr);
    }

  cairo_destroy (r.cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("cannot draw the PDF report (%s)"), cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

gboolean
sw_export_pdf_to_file (SwMeeting   *meeting,
                       GDateTime         *date,
                       GFile             *file,
                       GCancellable      *cancellable,
                       GError           **error)
{
  g_autoptr(GBytes) bytes = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (meeting != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = sw_export_pdf (meeting, date, error);
  if (bytes == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &length);

  return sw_save_file_contents (file, data, length, cancellable, error);
}
