/* sw-comparison-page.c — one section of the comparison, rendered from the dataset's blocks
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "blocks/sw-chart-view.h"
#include "blocks/sw-columns-view.h"
#include "blocks/sw-compare-view.h"
#include "blocks/sw-facts-view.h"
#include "blocks/sw-heading-view.h"
#include "blocks/sw-list-view.h"
#include "blocks/sw-paragraph-view.h"
#include "blocks/sw-pros-cons-view.h"
#include "blocks/sw-table-view.h"
#include "sw-comparison-page.h"

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

/* The widget of each block kind (src/blocks/, a template each). */
static GtkWidget *
block_widget (SwDataset     *dataset,
              const SwBlock *block)
{
  switch (sw_block_get_kind (block))
    {
    case SW_BLOCK_PARAGRAPH:
      return sw_paragraph_view_new (dataset, (const SwTextBlock *) block);
    case SW_BLOCK_HEADING:
      return sw_heading_view_new (dataset, (const SwTextBlock *) block);
    case SW_BLOCK_FACTS:
      return sw_facts_view_new (dataset, (const SwFactsBlock *) block);
    case SW_BLOCK_LIST:
      return sw_list_view_new (dataset, (const SwListBlock *) block);
    case SW_BLOCK_COMPARE:
      return sw_compare_view_new (dataset, (const SwCompareBlock *) block);
    case SW_BLOCK_COLUMNS:
      return sw_columns_view_new (dataset, (const SwColumnsBlock *) block);
    case SW_BLOCK_PROS_CONS:
      return sw_pros_cons_view_new (dataset, (const SwProsConsBlock *) block);
    case SW_BLOCK_CHART:
      return sw_chart_view_new (dataset, (const SwChartBlock *) block);
    case SW_BLOCK_TABLE:
      return sw_table_view_new (dataset, (const SwTableBlock *) block);
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
sw_comparison_page_build (SwComparisonPage *self)
{
  const SwSection *section;

  if (self->built || self->dataset == NULL || self->section >= sw_dataset_get_n_sections (self->dataset))
    return;

  self->built = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));
  section = sw_dataset_get_section (self->dataset, self->section);
  gtk_label_set_text (self->title_label, section->title);

  for (guint i = 0; i < section->n_blocks; i++)
    {
      GtkWidget *widget = block_widget (self->dataset, section->blocks[i]);

      gtk_widget_add_css_class (widget, "sw-block");
      gtk_box_append (self->blocks_box, widget);
    }
}

/* A window holds a page per section but shows one at a time: the blocks of
 * the others (hundreds of wrapped labels to measure, style and keep), and
 * the scrolled window that holds them (its template, some 0.8 M instructions
 * a page at start), are built the first time their page is shown, before it
 * is mapped, so that the first frame it takes part in is already complete. */
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

/* The template waits for sw_comparison_page_build(). */
static void
sw_comparison_page_init (SwComparisonPage *self)
{
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
