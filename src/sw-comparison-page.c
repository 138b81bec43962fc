/* sw-comparison-page.c — one section of the comparison, rendered from the dataset's blocks
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "sw-bar-chart.h"
#include "sw-comparison-page.h"
#include "sw-tech-style.h"

struct _SwComparisonPage
{
  GtkWidget  parent_instance;

  SwDataset *dataset;
  guint      section;
  gboolean   built;     /* the blocks exist: built the first time the page is shown */

  /* Template widgets */
  GtkWidget *scrolled_window;
  GtkBox    *blocks_box;
  GtkLabel  *title_label;
};

G_DEFINE_FINAL_TYPE (SwComparisonPage, sw_comparison_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_SECTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Small builders: every label wraps and can be selected, so nothing is cut
 * off in a narrow window and any line can be copied into meeting notes. */

static GtkWidget *
setup_label (GtkWidget  *label,
             const char *css_class)
{
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_halign (label, GTK_ALIGN_FILL);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static GtkWidget *
text_label (const char *text,
            const char *css_class)
{
  return setup_label (gtk_label_new (text), css_class);
}

/* Titles are headings for screen readers too, so they can jump between them. */
static GtkWidget *
heading_label (const char *text,
               const char *css_class,
               int         level)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "label", text,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, level, -1);
  return setup_label (label, css_class);
}

/* A label with an upper bound on its natural width, for grids and cards. */
static GtkWidget *
cell_label (const char *text,
            const char *css_class,
            int         max_chars)
{
  GtkWidget *label = text_label (text, css_class);

  gtk_label_set_width_chars (GTK_LABEL (label), 6);
  gtk_label_set_max_width_chars (GTK_LABEL (label), max_chars);

  return label;
}

static GtkWidget *
vbox (int spacing)
{
  return gtk_box_new (GTK_ORIENTATION_VERTICAL, spacing);
}

static GtkWidget *
hbox (int spacing)
{
  return gtk_box_new (GTK_ORIENTATION_HORIZONTAL, spacing);
}

static GtkWidget *
card (void)
{
  GtkWidget *box = vbox (0);

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "sw-card");
  /* The color strip at the top follows the card's rounded corners. */
  gtk_widget_set_overflow (box, GTK_OVERFLOW_HIDDEN);

  return box;
}

static GtkWidget *
card_body (GtkWidget *parent_card,
           int        spacing)
{
  GtkWidget *body = vbox (spacing);

  gtk_widget_add_css_class (body, "sw-card-body");
  gtk_box_append (GTK_BOX (parent_card), body);

  return body;
}

/* A thin band in the technology's color along the top of a card. */
static void
add_color_strip (GtkWidget *parent_card,
                 int        technology)
{
  GtkWidget *strip;

  if (technology < 0)
    return;

  strip = vbox (0);
  gtk_widget_add_css_class (strip, "sw-tech-strip");
  sw_tech_style_add_class (strip, technology, "sw-tech-swatch");
  gtk_box_append (GTK_BOX (parent_card), strip);
}

static GtkWidget *
color_dot (int technology)
{
  GtkWidget *dot = vbox (0);

  gtk_widget_set_valign (dot, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (dot, "sw-tech-dot");
  if (technology >= 0)
    sw_tech_style_add_class (dot, technology, "sw-tech-swatch");

  return dot;
}

/* The technology's name in a tinted pill with a dot of its color: the
 * color helps, the name carries the meaning. */
static GtkWidget *
tech_pill (SwDataset *dataset,
           int        technology)
{
  GtkWidget *pill = hbox (8);
  GtkWidget *name;

  gtk_widget_add_css_class (pill, "sw-tech-pill");
  sw_tech_style_add_class (pill, technology, "sw-tech-tint");
  gtk_widget_set_halign (pill, GTK_ALIGN_START);
  gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (pill), color_dot (technology));
  name = gtk_label_new (sw_dataset_get_technology (dataset, technology)->name);
  gtk_label_set_selectable (GTK_LABEL (name), TRUE);
  gtk_box_append (GTK_BOX (pill), name);

  return pill;
}

/* A dot and the technology's name, as the header of a card. */
static GtkWidget *
tech_header (SwDataset  *dataset,
             int         technology,
             const char *css_class)
{
  GtkWidget *row = hbox (10);

  gtk_box_append (GTK_BOX (row), color_dot (technology));
  gtk_box_append (GTK_BOX (row),
                  text_label (sw_dataset_get_technology (dataset, technology)->name, css_class));

  return row;
}

static const char *
member_text (JsonObject *object,
             const char *name)
{
  return json_object_get_string_member_with_default (object, name, NULL);
}

static int
member_technology (SwDataset  *dataset,
                   JsonObject *object,
                   const char *name)
{
  const char *id = member_text (object, name);

  return id != NULL ? sw_dataset_find_technology (dataset, id) : -1;
}

/* A block with an optional title is a titled group. */
static GtkWidget *
titled_group (JsonObject *block,
              GtkWidget **content)
{
  GtkWidget *group = vbox (14);
  const char *title = member_text (block, "title");

  if (title != NULL)
    {
      gtk_box_append (GTK_BOX (group), heading_label (title, "sw-block-title", 2));
    }

  *content = group;
  return group;
}

static GtkWidget *
build_paragraph (SwComparisonPage *self,
                 JsonObject       *block)
{
  return text_label (member_text (block, "text"), "sw-body");
}

static GtkWidget *
build_heading (SwComparisonPage *self,
               JsonObject       *block)
{
  GtkWidget *label = heading_label (member_text (block, "text"), "sw-heading", 2);

  gtk_widget_set_margin_top (label, 12);
  return label;
}

static GtkWidget *
build_facts (SwComparisonPage *self,
             JsonObject       *block)
{
  JsonArray *items = json_object_get_array_member (block, "items");
  guint n_items = json_array_get_length (items);
  GtkWidget *content;
  GtkWidget *group = titled_group (block, &content);
  GtkWidget *flow = gtk_flow_box_new ();
  /* An even number of figures goes in pairs, so a narrow page shows 2 × 2
   * rather than three and a lonely fourth. */
  gboolean paired = n_items >= 4 && n_items % 2 == 0;
  GtkWidget *pair = NULL;
  guint per_line = paired ? n_items / 2 : n_items;

  gtk_widget_add_css_class (flow, "sw-facts");
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow), TRUE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (flow), 1);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), MAX (1, MIN (per_line, 4)));
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 16);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 16);

  for (guint i = 0; i < n_items; i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);
      int tech = member_technology (self->dataset, item, "technology");
      const char *detail = member_text (item, "detail");
      GtkWidget *fact = card ();
      GtkWidget *body;
      GtkWidget *child;

      gtk_widget_add_css_class (fact, "sw-fact");
      add_color_strip (fact, tech);
      body = card_body (fact, 4);
      gtk_box_append (GTK_BOX (body), cell_label (member_text (item, "value"), "sw-fact-value", 10));
      gtk_box_append (GTK_BOX (body), cell_label (member_text (item, "label"), "sw-fact-label", 18));
      if (detail != NULL)
        {
          GtkWidget *label = cell_label (detail, "sw-fact-detail", 20);

          gtk_widget_add_css_class (label, "sw-secondary");
          gtk_box_append (GTK_BOX (body), label);
        }
      if (tech >= 0)
        {
          GtkWidget *name = tech_header (self->dataset, tech, "sw-fact-tech");

          gtk_widget_set_vexpand (name, TRUE);
          gtk_widget_set_valign (name, GTK_ALIGN_END);
          gtk_widget_set_margin_top (name, 8);
          gtk_box_append (GTK_BOX (body), name);
        }

      if (paired && pair == NULL)
        {
          pair = hbox (16);
          gtk_box_set_homogeneous (GTK_BOX (pair), TRUE);
          gtk_box_append (GTK_BOX (pair), fact);
          continue;
        }
      if (pair != NULL)
        {
          gtk_box_append (GTK_BOX (pair), fact);
          fact = g_steal_pointer (&pair);
        }

      gtk_flow_box_append (GTK_FLOW_BOX (flow), fact);
      /* The figures are read, not chosen: keep them out of the focus chain
       * (their labels stay selectable). */
      child = gtk_widget_get_parent (fact);
      gtk_widget_set_focusable (child, FALSE);
    }

  gtk_box_append (GTK_BOX (content), flow);
  return group;
}

static GtkWidget *
bullet_row (GtkWidget  *dot,
            const char *title,
            const char *text)
{
  GtkWidget *row = hbox (14);
  GtkWidget *lines = vbox (2);

  gtk_widget_set_valign (dot, GTK_ALIGN_START);
  gtk_widget_add_css_class (dot, "sw-bullet");
  gtk_box_append (GTK_BOX (row), dot);

  gtk_widget_set_hexpand (lines, TRUE);
  if (title != NULL)
    gtk_box_append (GTK_BOX (lines), text_label (title, "sw-item-title"));
  gtk_box_append (GTK_BOX (lines), text_label (text, "sw-body"));
  gtk_box_append (GTK_BOX (row), lines);

  return row;
}

static GtkWidget *
build_list (SwComparisonPage *self,
            JsonObject       *block)
{
  JsonArray *items = json_object_get_array_member (block, "items");
  int tech = member_technology (self->dataset, block, "technology");
  const char *title = member_text (block, "title");
  GtkWidget *group = vbox (14);
  GtkWidget *list = card ();
  GtkWidget *body;

  if (title != NULL || tech >= 0)
    {
      GtkWidget *header = hbox (14);

      if (title != NULL)
        gtk_box_append (GTK_BOX (header), heading_label (title, "sw-block-title", 2));
      if (tech >= 0)
        gtk_box_append (GTK_BOX (header), tech_pill (self->dataset, tech));
      gtk_box_append (GTK_BOX (group), header);
    }

  gtk_widget_add_css_class (list, "sw-list");
  add_color_strip (list, tech);
  body = card_body (list, 16);

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);

      gtk_box_append (GTK_BOX (body),
                      bullet_row (color_dot (tech), member_text (item, "title"), member_text (item, "text")));
    }

  gtk_box_append (GTK_BOX (group), list);
  return group;
}

/* A grid with a header row of technologies and one row per label. */
static GtkWidget *
build_compare (SwComparisonPage *self,
               JsonObject       *block)
{
  JsonArray *rows = json_object_get_array_member (block, "rows");
  guint n_tech = sw_dataset_get_n_technologies (self->dataset);
  GtkWidget *content;
  GtkWidget *group = titled_group (block, &content);
  GtkWidget *frame = card ();
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *corner = vbox (0);

  gtk_widget_set_name (grid, "compare-grid");
  gtk_widget_add_css_class (grid, "sw-compare");
  gtk_widget_add_css_class (corner, "sw-compare-header");
  gtk_grid_attach (GTK_GRID (grid), corner, 0, 0, 1, 1);

  for (guint t = 0; t < n_tech; t++)
    {
      GtkWidget *header = vbox (0);

      gtk_widget_add_css_class (header, "sw-compare-header");
      sw_tech_style_add_class (header, t, "sw-tech-tint");
      gtk_widget_add_css_class (header, "sw-tech-edge");
      gtk_widget_set_hexpand (header, TRUE);
      gtk_box_append (GTK_BOX (header), tech_header (self->dataset, t, "sw-compare-tech"));
      gtk_grid_attach (GTK_GRID (grid), header, t + 1, 0, 1, 1);
    }

  for (guint r = 0; r < json_array_get_length (rows); r++)
    {
      JsonObject *row = json_array_get_object_element (rows, r);
      JsonObject *values = json_object_get_object_member (row, "values");
      GtkWidget *label_cell = vbox (0);

      gtk_widget_add_css_class (label_cell, "sw-compare-cell");
      gtk_widget_add_css_class (label_cell, "sw-compare-label");
      gtk_box_append (GTK_BOX (label_cell), cell_label (member_text (row, "label"), "sw-item-title", 14));
      gtk_grid_attach (GTK_GRID (grid), label_cell, 0, r + 1, 1, 1);

      for (guint t = 0; t < n_tech; t++)
        {
          const SwTechnology *tech = sw_dataset_get_technology (self->dataset, t);
          const char *value = json_object_get_string_member_with_default (values, tech->id, "");
          GtkWidget *cell = vbox (0);

          gtk_widget_add_css_class (cell, "sw-compare-cell");
          gtk_box_append (GTK_BOX (cell), cell_label (value, "sw-body", 34));
          gtk_grid_attach (GTK_GRID (grid), cell, t + 1, r + 1, 1, 1);
        }
    }

  gtk_box_append (GTK_BOX (frame), grid);
  gtk_box_append (GTK_BOX (content), frame);
  return group;
}

/* Cards side by side, one per technology present, in the dataset's order. */
static GtkWidget *
per_technology_row (void)
{
  GtkWidget *row = hbox (18);

  gtk_box_set_homogeneous (GTK_BOX (row), TRUE);
  return row;
}

static GtkWidget *
build_columns (SwComparisonPage *self,
               JsonObject       *block)
{
  JsonObject *columns = json_object_get_object_member (block, "columns");
  GtkWidget *content;
  GtkWidget *group = titled_group (block, &content);
  GtkWidget *row = per_technology_row ();

  for (guint t = 0; t < sw_dataset_get_n_technologies (self->dataset); t++)
    {
      const SwTechnology *tech = sw_dataset_get_technology (self->dataset, t);
      JsonObject *column;
      JsonArray *items;
      GtkWidget *column_card, *body;

      if (!json_object_has_member (columns, tech->id))
        continue;

      column = json_object_get_object_member (columns, tech->id);
      items = json_object_get_array_member (column, "items");
      column_card = card ();
      add_color_strip (column_card, t);
      body = card_body (column_card, 14);
      gtk_box_append (GTK_BOX (body), tech_pill (self->dataset, t));
      gtk_box_append (GTK_BOX (body), text_label (member_text (column, "heading"), "sw-card-title"));

      for (guint i = 0; i < json_array_get_length (items); i++)
        gtk_box_append (GTK_BOX (body),
                        bullet_row (color_dot (t), NULL,
                                    json_array_get_string_element (items, i)));

      gtk_box_append (GTK_BOX (row), column_card);
    }

  gtk_box_append (GTK_BOX (content), row);
  return group;
}

static void
append_pros_or_cons (GtkWidget  *body,
                     JsonArray  *items,
                     const char *heading,
                     const char *icon_name,
                     const char *css_class)
{
  GtkWidget *header = hbox (8);
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);

  gtk_widget_add_css_class (header, "sw-pros-cons-header");
  gtk_widget_add_css_class (header, css_class);
  gtk_box_append (GTK_BOX (header), icon);
  gtk_box_append (GTK_BOX (header), text_label (heading, "sw-item-title"));
  gtk_box_append (GTK_BOX (body), header);

  for (guint i = 0; items != NULL && i < json_array_get_length (items); i++)
    {
      GtkWidget *row = hbox (12);
      GtkWidget *mark = gtk_image_new_from_icon_name (icon_name);

      /* The heading says "Pros" or "Cons"; the marks repeat it for the eye. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (mark),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);
      gtk_widget_add_css_class (mark, css_class);
      gtk_widget_add_css_class (mark, "sw-pros-cons-mark");
      gtk_widget_set_valign (mark, GTK_ALIGN_START);
      gtk_box_append (GTK_BOX (row), mark);
      gtk_box_append (GTK_BOX (row), text_label (json_array_get_string_element (items, i), "sw-body"));
      gtk_box_append (GTK_BOX (body), row);
    }
}

static GtkWidget *
build_pros_cons (SwComparisonPage *self,
                 JsonObject       *block)
{
  JsonObject *technologies = json_object_get_object_member (block, "technologies");
  GtkWidget *content;
  GtkWidget *group = titled_group (block, &content);
  GtkWidget *row = per_technology_row ();

  for (guint t = 0; t < sw_dataset_get_n_technologies (self->dataset); t++)
    {
      const SwTechnology *tech = sw_dataset_get_technology (self->dataset, t);
      JsonObject *entry;
      GtkWidget *tech_card, *body;

      if (!json_object_has_member (technologies, tech->id))
        continue;

      entry = json_object_get_object_member (technologies, tech->id);
      tech_card = card ();
      gtk_widget_add_css_class (tech_card, "sw-pros-cons");
      add_color_strip (tech_card, t);
      body = card_body (tech_card, 12);
      gtk_box_append (GTK_BOX (body), tech_header (self->dataset, t, "sw-card-title"));
      append_pros_or_cons (body, json_object_get_array_member (entry, "pros"),
                           _("Pros"), "list-add-symbolic", "sw-pro");
      append_pros_or_cons (body, json_object_get_array_member (entry, "cons"),
                           _("Cons"), "list-remove-symbolic", "sw-con");
      gtk_box_append (GTK_BOX (row), tech_card);
    }

  gtk_box_append (GTK_BOX (content), row);
  return group;
}

static GtkWidget *
build_chart (SwComparisonPage *self,
             JsonObject       *block)
{
  JsonArray *bars = json_object_get_array_member (block, "bars");
  const char *note = member_text (block, "note");
  GtkWidget *chart_card = card ();
  GtkWidget *body = card_body (chart_card, 16);
  GtkWidget *chart = sw_bar_chart_new (member_text (block, "title"), member_text (block, "unit"));

  gtk_widget_add_css_class (chart_card, "sw-chart");
  gtk_box_append (GTK_BOX (body), heading_label (member_text (block, "title"), "sw-block-title", 2));

  for (guint i = 0; i < json_array_get_length (bars); i++)
    {
      JsonObject *bar = json_array_get_object_element (bars, i);
      int t = member_technology (self->dataset, bar, "technology");
      double low = json_object_get_double_member_with_default (bar, "low", 0);
      GdkRGBA color;

      if (t < 0 || !gdk_rgba_parse (&color, sw_dataset_get_technology (self->dataset, t)->color))
        continue;

      sw_bar_chart_add_bar (SW_BAR_CHART (chart),
                            sw_dataset_get_technology (self->dataset, t)->name,
                            &color, low,
                            json_object_get_double_member_with_default (bar, "high", low),
                            json_object_get_boolean_member_with_default (bar, "open_ended", FALSE),
                            member_text (bar, "label"));
    }
  gtk_box_append (GTK_BOX (body), chart);

  if (note != NULL)
    {
      GtkWidget *label = text_label (note, "sw-note");

      gtk_widget_add_css_class (label, "sw-secondary");
      gtk_box_append (GTK_BOX (body), label);
    }

  return chart_card;
}

/* One persona: the technology the guide names on top, the situation, and
 * a button that sets the decision form's weights to the matching preset.
 * Stacked, so that three columns still fit beside the recommendation. */
static GtkWidget *
build_table_cell (SwComparisonPage *self,
                  JsonObject       *cell)
{
  const char *preset_id = member_text (cell, "preset");
  const char *note = member_text (cell, "note");
  int tech = member_technology (self->dataset, cell, "technology");
  int preset = preset_id != NULL ? sw_dataset_find_preset (self->dataset, preset_id) : -1;
  GtkWidget *cell_card = card ();
  GtkWidget *body;

  gtk_widget_add_css_class (cell_card, "sw-table-cell");
  body = card_body (cell_card, 10);
  if (tech >= 0)
    gtk_box_append (GTK_BOX (body), tech_pill (self->dataset, tech));
  gtk_box_append (GTK_BOX (body), cell_label (member_text (cell, "text"), "sw-table-text", 30));
  if (note != NULL)
    {
      GtkWidget *label = cell_label (note, "sw-note", 30);

      gtk_widget_add_css_class (label, "sw-secondary");
      gtk_box_append (GTK_BOX (body), label);
    }

  if (preset >= 0)
    {
      const SwPreset *p = sw_dataset_get_preset (self->dataset, preset);
      g_autofree char *tooltip = NULL;
      GtkWidget *apply = gtk_button_new ();
      GtkWidget *content = adw_button_content_new ();

      adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "object-select-symbolic");
      adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("Apply"));
      gtk_button_set_child (GTK_BUTTON (apply), content);
      /* Translators: %s is a preset's name, e.g. "Validate ideas quickly" */
      tooltip = g_strdup_printf (_("Set the priorities to “%s”"), p->name);
      gtk_widget_set_tooltip_text (apply, tooltip);
      gtk_widget_add_css_class (apply, "flat");
      gtk_widget_add_css_class (apply, "sw-apply");
      gtk_widget_set_vexpand (apply, TRUE);
      gtk_widget_set_valign (apply, GTK_ALIGN_END);
      gtk_widget_set_halign (apply, GTK_ALIGN_START);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (apply), "win.apply-preset");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (apply),
                                              g_variant_new_string (p->id));
      gtk_box_append (GTK_BOX (body), apply);
    }

  return cell_card;
}

/* The persona table: a real grid with column headers. */
static GtkWidget *
build_table (SwComparisonPage *self,
             JsonObject       *block)
{
  JsonArray *columns = json_object_get_array_member (block, "columns");
  JsonArray *rows = json_object_get_array_member (block, "rows");
  GtkWidget *content;
  GtkWidget *group = titled_group (block, &content);
  GtkWidget *grid = gtk_grid_new ();

  gtk_widget_set_name (grid, "persona-table");
  gtk_widget_add_css_class (grid, "sw-table");
  gtk_grid_set_column_homogeneous (GTK_GRID (grid), TRUE);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 14);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 14);

  for (guint c = 0; c < json_array_get_length (columns); c++)
    {
      GtkWidget *header = heading_label (json_array_get_string_element (columns, c),
                                         "sw-table-header", 3);

      gtk_label_set_width_chars (GTK_LABEL (header), 6);
      gtk_grid_attach (GTK_GRID (grid), header, c, 0, 1, 1);
    }

  for (guint r = 0; r < json_array_get_length (rows); r++)
    {
      JsonArray *row = json_array_get_array_element (rows, r);

      for (guint c = 0; c < json_array_get_length (row); c++)
        gtk_grid_attach (GTK_GRID (grid),
                         build_table_cell (self, json_array_get_object_element (row, c)),
                         c, r + 1, 1, 1);
    }

  gtk_box_append (GTK_BOX (content), grid);
  return group;
}

typedef GtkWidget *(*BlockBuilder) (SwComparisonPage *self,
                                    JsonObject       *block);

static const struct {
  const char   *type;
  BlockBuilder  build;
} block_builders[] = {
  { "paragraph", build_paragraph },
  { "heading", build_heading },
  { "facts", build_facts },
  { "list", build_list },
  { "compare", build_compare },
  { "columns", build_columns },
  { "pros-cons", build_pros_cons },
  { "chart", build_chart },
  { "table", build_table },
};

static void
sw_comparison_page_build (SwComparisonPage *self)
{
  const SwSection *section;

  if (self->built || self->dataset == NULL || self->section >= sw_dataset_get_n_sections (self->dataset))
    return;

  self->built = TRUE;

  section = sw_dataset_get_section (self->dataset, self->section);
  gtk_label_set_text (self->title_label, section->title);

  for (guint i = 0; i < json_array_get_length (section->blocks); i++)
    {
      JsonObject *block = json_array_get_object_element (section->blocks, i);
      const char *type = member_text (block, "type");

      /* The loader refuses unknown types; this only guards against a mismatch. */
      for (guint b = 0; b < G_N_ELEMENTS (block_builders); b++)
        if (g_strcmp0 (type, block_builders[b].type) == 0)
          {
            GtkWidget *widget = block_builders[b].build (self, block);

            gtk_widget_add_css_class (widget, "sw-block");
            gtk_box_append (self->blocks_box, widget);
            break;
          }
    }
}

/* A window holds a page per section but shows one at a time: the blocks of
 * the others (hundreds of wrapped labels to measure, style and keep) are
 * built the first time their page is shown, before it is mapped, so that
 * the first frame it takes part in is already complete. */
static void
sw_comparison_page_map (GtkWidget *widget)
{
  sw_comparison_page_build (SW_COMPARISON_PAGE (widget));

  GTK_WIDGET_CLASS (sw_comparison_page_parent_class)->map (widget);
}

void
sw_comparison_page_ensure_content (SwComparisonPage *self)
{
  g_return_if_fail (SW_IS_COMPARISON_PAGE (self));

  sw_comparison_page_build (self);
}

gboolean
sw_comparison_page_has_content (SwComparisonPage *self)
{
  g_return_val_if_fail (SW_IS_COMPARISON_PAGE (self), FALSE);

  return self->built;
}

static void
sw_comparison_page_dispose (GObject *object)
{
  SwComparisonPage *self = (SwComparisonPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), SW_TYPE_COMPARISON_PAGE);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (sw_comparison_page_parent_class)->dispose (object);
}

static void
sw_comparison_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SwComparisonPage *self = SW_COMPARISON_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;

    case PROP_SECTION:
      g_value_set_uint (value, self->section);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_comparison_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SwComparisonPage *self = SW_COMPARISON_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      self->dataset = g_value_dup_object (value);
      break;

    case PROP_SECTION:
      self->section = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_comparison_page_class_init (SwComparisonPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_comparison_page_dispose;
  object_class->get_property = sw_comparison_page_get_property;
  object_class->set_property = sw_comparison_page_set_property;
  widget_class->map = sw_comparison_page_map;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL,
                         SW_TYPE_DATASET,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SECTION] =
    g_param_spec_uint ("section", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/sw-comparison-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SwComparisonPage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, SwComparisonPage, blocks_box);
  gtk_widget_class_bind_template_child (widget_class, SwComparisonPage, title_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "comparisonpage");
}

static void
sw_comparison_page_init (SwComparisonPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_add_css_class (GTK_WIDGET (self), "sw-comparison-page");
}

GtkWidget *
sw_comparison_page_new (SwDataset *dataset,
                        guint      section)
{
  g_return_val_if_fail (SW_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (section < sw_dataset_get_n_sections (dataset), NULL);

  return g_object_new (SW_TYPE_COMPARISON_PAGE,
                       "dataset", dataset,
                       "section", section,
                       NULL);
}

const char *
sw_comparison_page_get_section_id (SwComparisonPage *self)
{
  g_return_val_if_fail (SW_IS_COMPARISON_PAGE (self), NULL);

  if (self->dataset == NULL || self->section >= sw_dataset_get_n_sections (self->dataset))
    return NULL;

  return sw_dataset_get_section (self->dataset, self->section)->id;
}

void
sw_comparison_page_fill_stack (GtkStack  *stack,
                               SwDataset *dataset)
{
  g_autofree char *visible = NULL;
  GtkWidget *child;

  g_return_if_fail (GTK_IS_STACK (stack));
  g_return_if_fail (SW_IS_DATASET (dataset));

  visible = g_strdup (gtk_stack_get_visible_child_name (stack));

  child = gtk_widget_get_first_child (GTK_WIDGET (stack));
  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (SW_IS_COMPARISON_PAGE (child))
        gtk_stack_remove (stack, child);
      child = next;
    }

  for (guint i = 0; i < sw_dataset_get_n_sections (dataset); i++)
    {
      const SwSection *section = sw_dataset_get_section (dataset, i);
      GtkWidget *page = sw_comparison_page_new (dataset, i);
      g_autofree char *name = g_strdup (section->id);
      GtkStackPage *stack_page;

      /* A section may not take the name of a page the window owns ("decide"). */
      if (gtk_stack_get_child_by_name (stack, name) != NULL)
        {
          g_free (name);
          name = g_strdup_printf ("section-%s", section->id);
        }

      stack_page = gtk_stack_add_titled (stack, page, name, section->title);
      if (section->icon != NULL)
        gtk_stack_page_set_icon_name (stack_page, section->icon);
    }

  if (visible != NULL && gtk_stack_get_child_by_name (stack, visible) != NULL)
    gtk_stack_set_visible_child_name (stack, visible);
}
