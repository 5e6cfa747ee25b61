//! The app's components, one per file.

pub mod blocks;
pub mod content_section;
pub mod faq_list;
pub mod figure;
pub mod glossary;
pub mod glossary_term;
pub mod kiosk_controls;
pub mod language_switch;
pub mod listen;
pub mod report;
pub mod report_island;
pub mod site_footer;
pub mod site_header;
pub mod source_list;
pub mod table_of_contents;
