/* sw-page-list.h — the window's pages as a navigation list: icon and title, following a stack
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SW_TYPE_PAGE_LIST (sw_page_list_get_type ())

G_DECLARE_FINAL_TYPE (SwPageList, sw_page_list, SW, PAGE_LIST, AdwBin)

/* One row per page of `stack`, in its order; the selected row is its visible page. */
void       sw_page_list_set_stack (SwPageList *self,
                                   GtkStack   *stack);
/* The visible page's row (marked selected), or NULL. */
GtkListBoxRow *sw_page_list_get_selected_row (SwPageList *self);

G_END_DECLS
