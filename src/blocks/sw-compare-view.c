/* sw-compare-view.c — a compare block of the comparison: a grid of one row per label, a column per technology
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-block-parts.h"
#include "sw-compare-view.h"
#include "sw-tech-style.h"

struct _SwCompareView
{
  GtkWidget  parent_instance;

  /* Template widgets */
  GtkWidget  *box;
  GtkLabel   *title_label;
  GtkGrid    *grid;
};

G_DEFINE_FINAL_TYPE (SwCompareView, sw_compare_view, GTK_TYPE_WIDGET)

static void
sw_compare_view_fill (SwCompareView        *self,
                      SwDataset            *dataset,
                      const SwCompareBlock *block)
{
  guint n_technologies = sw_dataset_get_n_technologies (dataset);

  sw_block_set_optional_text (self->title_label, block->block.title);

  for (guint t = 0; t < n_technologies; t++)
    {
      GtkWidget *header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

      gtk_widget_add_css_class (header, "sw-compare-header");
      sw_tech_style_add_class (header, t, "sw-tech-tint");
      gtk_widget_add_css_class (header, "sw-tech-edge");
      gtk_widget_set_hexpand (header, TRUE);
      gtk_box_append (GTK_BOX (header), sw_block_tech_header (dataset, t, "sw-compare-tech"));
      gtk_grid_attach (self->grid, header, t + 1, 0, 1, 1);
    }

  for (guint r = 0; r < block->n_rows; r++)
    {
      const SwCompareRow *row = &block->rows[r];
      GtkWidget *label_cell = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

      gtk_widget_add_css_class (label_cell, "sw-compare-cell");
      gtk_widget_add_css_class (label_cell, "sw-compare-label");
      gtk_box_append (GTK_BOX (label_cell), sw_block_cell_label (row->label, "sw-item-title", 14));
      gtk_grid_attach (self->grid, label_cell, 0, r + 1, 1, 1);

      for (guint t = 0; t < n_technologies; t++)
        {
          GtkWidget *cell = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

          gtk_widget_add_css_class (cell, "sw-compare-cell");
          gtk_box_append (GTK_BOX (cell), sw_block_cell_label (row->values[t], "sw-body", 34));
          gtk_grid_attach (self->grid, cell, t + 1, r + 1, 1, 1);
        }
    }
}

static void
sw_compare_view_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SW_TYPE_COMPARE_VIEW);

  G_OBJECT_CLASS (sw_compare_view_parent_class)->dispose (object);
}

static void
sw_compare_view_class_init (SwCompareViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_compare_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/sw-compare-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SwCompareView, box);
  gtk_widget_class_bind_template_child (widget_class, SwCompareView, title_label);
  gtk_widget_class_bind_template_child (widget_class, SwCompareView, grid);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sw_compare_view_init (SwCompareView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sw_compare_view_new (SwDataset            *dataset,
                     const SwCompareBlock *block)
{
  SwCompareView *self;

  g_return_val_if_fail (SW_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (block != NULL, NULL);

  self = g_object_new (SW_TYPE_COMPARE_VIEW, NULL);
  sw_compare_view_fill (self, dataset, block);

  return GTK_WIDGET (self);
}
