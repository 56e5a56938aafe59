"""Table models over the view services: one per list, a column enum each, custom roles for sorting."""
