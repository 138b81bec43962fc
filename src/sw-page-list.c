/* sw-page-list.c — the window's pages as a navigation list: icon and title, following a stack
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkListBox bound to the stack's pages model: rows come and go with the
 * pages (the comparison pages are replaced with the dataset), and the
 * selected row is the visible page, whichever side changes it. A page is
 * chosen by activating its row (a click, Enter), not by moving the focus:
 * the arrow keys walk the list, and the list is one stop for Tab, which
 * goes on into the page. Unlike GTK
 * 4.8's GtkStackSidebar it neither touches a page after its removal nor asks
 * for the width of its longest title: titles wrap to two lines, then
 * ellipsize, so that the list keeps the width it is given.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sw-page-list.h"

/* Wide enough for most titles on one line, and "Performance & developer
 * experience" on two, in a sidebar of about 240 pixels. */
#define TITLE_MAX_CHARS 20
/* For a page without an icon of its own (a dataset's section may have none),
 * so that the titles still line up. */
#define FALLBACK_ICON "text-x-generic-symbolic"

struct _SwPageList
{
  AdwBin             parent_instance;

  GtkStack          *stack;
  GtkSelectionModel *pages;
  GtkListBox        *list;
  GtkListBoxRow     *current;   /* the visible page's row, marked selected */
};

G_DEFINE_FINAL_TYPE (SwPageList, sw_page_list, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STACK,
  N_PROPS
};

enum {
  ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* A title cut short shows whole in a tooltip. */
static gboolean
title_query_tooltip (GtkWidget  *label,
                     int         x,
                     int         y,
                     gboolean    keyboard,
                     GtkTooltip *tooltip,
                     gpointer    user_data)
{
  if (!pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))))
    return FALSE;

  gtk_tooltip_set_text (tooltip, gtk_label_get_text (GTK_LABEL (label)));
  return TRUE;
}

static gboolean
icon_or_fallback (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  const char *icon_name = g_value_get_string (from);

  g_value_set_string (to, icon_name != NULL && icon_name[0] != '\0' ? icon_name : FALLBACK_ICON);
  return TRUE;
}

/* The row's accessible name is the page's title. */
static void
update_row_name (GtkStackPage *page,
                 GParamSpec   *pspec,
                 GtkWidget    *row)
{
  const char *title = gtk_stack_page_get_title (page);

  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title != NULL ? title : "",
                                  -1);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  GtkStackPage *page = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  /* The title says it all: the icon is decoration to an assistive technology. */
  GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                  "valign", GTK_ALIGN_CENTER,
                                  NULL);
  GtkWidget *title = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0.0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (title), 2);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (title), TITLE_MAX_CHARS);
  /* The list keeps the width it is given, so a title's natural width only
   * has to be its one line: wrapped for its natural size as well, each title
   * was laid out at several more widths before the first frame (some 23 M
   * instructions for the eleven; the same pixels). */
  gtk_label_set_natural_wrap_mode (GTK_LABEL (title), GTK_NATURAL_WRAP_NONE);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_set_has_tooltip (title, TRUE);
  g_signal_connect (title, "query-tooltip", G_CALLBACK (title_query_tooltip), NULL);

  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), title);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  /* Bindings and the handler go with whichever of page and row goes first. */
  g_object_bind_property (page, "title", title, "label", G_BINDING_SYNC_CREATE);
  g_object_bind_property_full (page, "icon-name", icon, "icon-name", G_BINDING_SYNC_CREATE,
                               icon_or_fallback, NULL, NULL, NULL);
  g_object_bind_property (page, "visible", row, "visible", G_BINDING_SYNC_CREATE);
  g_signal_connect_object (page, "notify::title", G_CALLBACK (update_row_name), row, 0);
  update_row_name (page, NULL, row);

  return row;
}

/* The visible page's row is marked selected. The list's own selection is
 * off: in a GtkListBox it follows the keyboard's focus. */
static void
mark_current (SwPageList    *self,
              GtkListBoxRow *row)
{
  if (self->current == row)
    return;

  if (self->current != NULL)
    {
      gtk_widget_unset_state_flags (GTK_WIDGET (self->current), GTK_STATE_FLAG_SELECTED);
      gtk_accessible_update_state (GTK_ACCESSIBLE (self->current), GTK_ACCESSIBLE_STATE_SELECTED, FALSE, -1);
      g_object_remove_weak_pointer (G_OBJECT (self->current), (gpointer *) &self->current);
    }

  self->current = row;

  if (row != NULL)
    {
      g_object_add_weak_pointer (G_OBJECT (row), (gpointer *) &self->current);
      gtk_widget_set_state_flags (GTK_WIDGET (row), GTK_STATE_FLAG_SELECTED, FALSE);
      gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_SELECTED, TRUE, -1);
    }
}

/* The stack's visible page → the selected row. */
static void
sync_selection (SwPageList *self)
{
  GtkListBoxRow *row = NULL;
  guint n;

  if (self->pages == NULL)
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->pages));
  for (guint i = 0; i < n && row == NULL; i++)
    if (gtk_selection_model_is_selected (self->pages, i))
      row = gtk_list_box_get_row_at_index (self->list, i);

  mark_current (self, row);
}

/* A row clicked or activated from the keyboard → the stack's visible page. */
static void
row_activated (GtkListBox    *list,
               GtkListBoxRow *row,
               SwPageList    *self)
{
  if (self->pages == NULL)
    return;

  gtk_selection_model_select_item (self->pages, gtk_list_box_row_get_index (row), TRUE);
  g_signal_emit (self, signals[ACTIVATED], 0);
}

GtkListBoxRow *
sw_page_list_get_selected_row (SwPageList *self)
{
  g_return_val_if_fail (SW_IS_PAGE_LIST (self), NULL);

  return self->current;
}

/* One stop for Tab: coming in, the focus goes to the visible page's row;
 * from inside the list, Tab and Shift+Tab leave it (GtkListBox would walk
 * its rows). */
static gboolean
sw_page_list_focus (GtkWidget        *widget,
                    GtkDirectionType  direction)
{
  SwPageList *self = SW_PAGE_LIST (widget);
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));
  gboolean inside = focus != NULL && gtk_widget_is_ancestor (focus, widget);

  if (direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD)
    return GTK_WIDGET_CLASS (sw_page_list_parent_class)->focus (widget, direction);

  if (inside)
    return FALSE;

  if (self->current != NULL && gtk_widget_get_visible (GTK_WIDGET (self->current)))
    return gtk_widget_grab_focus (GTK_WIDGET (self->current));

  return GTK_WIDGET_CLASS (sw_page_list_parent_class)->focus (widget, direction);
}

void
sw_page_list_set_stack (SwPageList *self,
                        GtkStack   *stack)
{
  g_return_if_fail (SW_IS_PAGE_LIST (self));
  g_return_if_fail (stack == NULL || GTK_IS_STACK (stack));

  if (self->stack == stack)
    return;

  if (self->stack != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->pages, self);
      g_signal_handlers_disconnect_by_data (self->stack, self);
      mark_current (self, NULL);
      gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
      g_clear_object (&self->pages);
      /* The pages model does not keep the stack alive: it goes last. */
      g_clear_object (&self->stack);
    }

  if (stack != NULL)
    {
      self->stack = g_object_ref (stack);
      self->pages = gtk_stack_get_pages (stack);
      gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->pages), create_row, self, NULL);
      /* After the list's own handler, so that the rows are already there. */
      g_signal_connect_swapped (self->pages, "items-changed", G_CALLBACK (sync_selection), self);
      g_signal_connect_swapped (self->stack, "notify::visible-child", G_CALLBACK (sync_selection), self);
      sync_selection (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STACK]);
}

static void
sw_page_list_dispose (GObject *object)
{
  SwPageList *self = SW_PAGE_LIST (object);

  sw_page_list_set_stack (self, NULL);

  G_OBJECT_CLASS (sw_page_list_parent_class)->dispose (object);
}

static void
sw_page_list_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SwPageList *self = SW_PAGE_LIST (object);

  switch (prop_id)
    {
    case PROP_STACK:
      g_value_set_object (value, self->stack);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_page_list_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  SwPageList *self = SW_PAGE_LIST (object);

  switch (prop_id)
    {
    case PROP_STACK:
      sw_page_list_set_stack (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_page_list_class_init (SwPageListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_page_list_dispose;
  object_class->get_property = sw_page_list_get_property;
  object_class->set_property = sw_page_list_set_property;
  widget_class->focus = sw_page_list_focus;

  properties[PROP_STACK] =
    g_param_spec_object ("stack", NULL, NULL,
                         GTK_TYPE_STACK,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SwPageList::activated:
   *
   * A row was clicked or activated from the keyboard: a folded sidebar can
   * make way for the page.
   */
  signals[ACTIVATED] =
    g_signal_new ("activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_css_name (widget_class, "pagelist");
}

static void
sw_page_list_init (SwPageList *self)
{
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Pages"),
                                  -1);
  g_signal_connect (self->list, "row-activated", G_CALLBACK (row_activated), self);

  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->list));
}
