//! The shipped content: every seed fact in both languages of each edition.
