/* sw-table-view.c — a table block of the comparison: situations in a grid, each with the preset it suggests
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "sw-block-parts.h"
#include "sw-table-view.h"

struct _SwTableView
{
  GtkWidget  parent_instance;

  /* Template widgets */
  GtkWidget  *box;
  GtkLabel   *title_label;
  GtkGrid    *grid;
};

G_DEFINE_FINAL_TYPE (SwTableView, sw_table_view, GTK_TYPE_WIDGET)

/* A button that sets the decision form's weights to the preset. */
static GtkWidget *
apply_button (const SwPreset *preset)
{
  g_autofree char *tooltip = NULL;
  GtkWidget *apply = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "object-select-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("Apply"));
  gtk_button_set_child (GTK_BUTTON (apply), content);
  /* Translators: %s is a preset's name, e.g. "Validate ideas quickly" */
  tooltip = g_strdup_printf (_("Set the priorities to “%s”"), preset->name);
  gtk_widget_set_tooltip_text (apply, tooltip);
  gtk_widget_add_css_class (apply, "flat");
  gtk_widget_add_css_class (apply, "sw-apply");
  gtk_widget_set_vexpand (apply, TRUE);
  gtk_widget_set_valign (apply, GTK_ALIGN_END);
  gtk_widget_set_halign (apply, GTK_ALIGN_START);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (apply), "win.apply-preset");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (apply), g_variant_new_string (preset->id));

  return apply;
}

/* One persona: the technology the guide names on top, the situation, and
 * the preset's button. Stacked, so that three columns still fit beside
 * the recommendation. */
static GtkWidget *
cell_card (SwDataset         *dataset,
           const SwTableCell *cell)
{
  GtkWidget *card = sw_block_card ();
  GtkWidget *body;

  gtk_widget_add_css_class (card, "sw-table-cell");
  body = sw_block_card_body (card, 10);
  if (cell->technology >= 0)
    gtk_box_append (GTK_BOX (body), sw_block_tech_pill (dataset, cell->technology));
  gtk_box_append (GTK_BOX (body), sw_block_cell_label (cell->text, "sw-table-text", 30));
  if (cell->note != NULL)
    {
      GtkWidget *label = sw_block_cell_label (cell->note, "sw-note", 30);

      gtk_widget_add_css_class (label, "sw-secondary");
      gtk_box_append (GTK_BOX (body), label);
    }
  if (cell->preset >= 0)
    gtk_box_append (GTK_BOX (body), apply_button (sw_dataset_get_preset (dataset, cell->preset)));

  return card;
}

static void
sw_table_view_fill (SwTableView        *self,
                    SwDataset          *dataset,
                    const SwTableBlock *block)
{
  sw_block_set_optional_text (self->title_label, block->block.title);

  for (guint c = 0; c < block->n_columns; c++)
    {
      GtkWidget *header = sw_block_heading_label (block->columns[c], "sw-table-header", 3);

      gtk_label_set_width_chars (GTK_LABEL (header), 6);
      gtk_grid_attach (self->grid, header, c, 0, 1, 1);
    }

  for (guint r = 0; r < block->n_rows; r++)
    for (guint c = 0; c < block->n_columns; c++)
      gtk_grid_attach (self->grid,
                       cell_card (dataset, &block->cells[(gsize) r * block->n_columns + c]),
                       c, r + 1, 1, 1);
}

static void
sw_table_view_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SW_TYPE_TABLE_VIEW);

  G_OBJECT_CLASS (sw_table_view_parent_class)->dispose (object);
}

static void
sw_table_view_class_init (SwTableViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_table_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/sw-table-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SwTableView, box);
  gtk_widget_class_bind_template_child (widget_class, SwTableView, title_label);
  gtk_widget_class_bind_template_child (widget_class, SwTableView, grid);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sw_table_view_init (SwTableView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sw_table_view_new (SwDataset          *dataset,
                   const SwTableBlock *block)
{
  SwTableView *self;

  g_return_val_if_fail (SW_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (block != NULL, NULL);

  self = g_object_new (SW_TYPE_TABLE_VIEW, NULL);
  sw_table_view_fill (self, dataset, block);

  return GTK_WIDGET (self);
}
