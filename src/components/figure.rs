//! The guide's pictures, drawn as accessible inline SVG that follows the theme colors.
//!
//! Each picture has a title and a description (read by screen readers) and a visible caption.
//! Meaning never rests on color alone: HER2 and CEP17 signals differ in shape as well.

use crate::locale::use_locale;
use her2_content::Ui;
use leptos::prelude::*;

/// A picture, by the id used in the content (`{{figure:ID}}`).
#[component]
pub fn Figure(id: &'static str) -> impl IntoView {
    let locale = use_locale();
    let ui = locale.content().ui;
    let (title, desc) = match id {
        "cell-receptors" => (ui.fig_cell_title, ui.fig_cell_desc),
        "ihc-scale" => (ui.fig_ihc_title, ui.fig_ihc_desc),
        "fish-dots" => (ui.fig_fish_title, ui.fig_fish_desc),
        "testing-path" => (ui.fig_path_title, ui.fig_path_desc),
        _ => (ui.fig_groups_title, ui.fig_groups_desc),
    };
    let title_id = format!("fig-{id}-title");
    let desc_id = format!("fig-{id}-desc");
    let labelled_by = format!("{title_id} {desc_id}");
    let drawing = match id {
        "cell-receptors" => cell_receptors(ui).into_any(),
        "ihc-scale" => ihc_scale().into_any(),
        "fish-dots" => fish_dots(ui).into_any(),
        "testing-path" => testing_path(ui).into_any(),
        _ => ish_groups(ui).into_any(),
    };
    view! {
        <figure class="figure">
            <svg
                class="figure__svg"
                role="img"
                viewBox=view_box(id)
                aria-labelledby=labelled_by
            >
                <title id=title_id>{title}</title>
                <desc id=desc_id>{desc}</desc>
                {drawing}
            </svg>
            <figcaption>{title}</figcaption>
        </figure>
    }
}

fn view_box(id: &str) -> &'static str {
    match id {
        "cell-receptors" => "0 0 360 190",
        "ihc-scale" => "0 0 400 130",
        "fish-dots" => "0 0 360 200",
        "testing-path" => "0 0 400 220",
        _ => "0 0 360 260",
    }
}

/// A cell (circle) with `count` Y-shaped receptors around its edge.
fn cell(cx: i32, count: u32, label: &'static str) -> impl IntoView {
    let step = 360 / count;
    view! {
        <g transform=format!("translate({cx} 85)")>
            <circle r="50" class="fig-cell"/>
            <circle r="16" class="fig-nucleus"/>
            {(0..count)
                .map(|i| {
                    view! {
                        <path
                            class="fig-receptor"
                            transform=format!("rotate({})", i * step)
                            d="M0 -50 V-62 M0 -62 L-5 -70 M0 -62 L5 -70"
                        />
                    }
                })
                .collect_view()}
            <text y="92" text-anchor="middle" class="fig-label">{label}</text>
        </g>
    }
}

fn cell_receptors(ui: &'static Ui) -> impl IntoView {
    view! {
        {cell(90, 4, ui.fig_cell_normal)}
        {cell(270, 18, ui.fig_cell_many)}
    }
}

fn ihc_scale() -> impl IntoView {
    // (label, membrane class, dash pattern)
    let steps: [(&str, &str, &str); 4] = [
        ("0", "fig-membrane fig-membrane--0", "2 14"),
        ("1+", "fig-membrane fig-membrane--1", "10 8"),
        ("2+", "fig-membrane fig-membrane--2", "none"),
        ("3+", "fig-membrane fig-membrane--3", "none"),
    ];
    steps
        .into_iter()
        .enumerate()
        .map(|(i, (label, class, dash))| {
            let x = 50 + 100 * i as i32;
            view! {
                <g transform=format!("translate({x} 55)")>
                    <rect x="-34" y="-34" width="68" height="68" rx="18" class="fig-cell"/>
                    <rect x="-34" y="-34" width="68" height="68" rx="18" class=class stroke-dasharray=dash/>
                    <circle r="12" class="fig-nucleus"/>
                    <text y="62" text-anchor="middle" class="fig-label fig-label--big">{label}</text>
                </g>
            }
        })
        .collect_view()
}

/// A nucleus with HER2 signals (circles) and CEP17 signals (squares).
fn nucleus(cx: i32, her2: &'static [(i32, i32)], label: &'static str) -> impl IntoView {
    view! {
        <g transform=format!("translate({cx} 80)")>
            <circle r="58" class="fig-nucleus-big"/>
            {her2.iter().map(|&(x, y)| view! { <circle cx=x cy=y r="5" class="fig-her2"/> }).collect_view()}
            <rect x="-30" y="20" width="9" height="9" class="fig-cep17"/>
            <rect x="22" y="-30" width="9" height="9" class="fig-cep17"/>
            <text y="78" text-anchor="middle" class="fig-label">{label}</text>
        </g>
    }
}

fn fish_dots(ui: &'static Ui) -> impl IntoView {
    const NORMAL: &[(i32, i32)] = &[(-20, -20), (18, 18)];
    const AMPLIFIED: &[(i32, i32)] = &[
        (-30, -22),
        (-18, -34),
        (-4, -26),
        (10, -36),
        (-34, -6),
        (-20, -8),
        (-6, -10),
        (8, -16),
        (22, -14),
        (-28, 8),
        (-12, 6),
        (4, 2),
        (18, 4),
        (34, 0),
        (-2, 18),
        (12, 20),
        (28, 16),
        (-16, 24),
        (6, 36),
        (22, 32),
    ];
    view! {
        {nucleus(90, NORMAL, ui.fig_fish_normal)}
        {nucleus(270, AMPLIFIED, ui.fig_fish_amplified)}
        <g transform="translate(70 190)" class="fig-legend">
            <circle cx="0" cy="-4" r="5" class="fig-her2"/>
            <text x="10" y="0" class="fig-label fig-label--left">{ui.fig_fish_her2}</text>
            <rect x="120" y="-8" width="9" height="9" class="fig-cep17"/>
            <text x="134" y="0" class="fig-label fig-label--left">{ui.fig_fish_cep17}</text>
        </g>
    }
}

fn testing_path(ui: &'static Ui) -> impl IntoView {
    let boxed = |x: i32, y: i32, w: i32, class: &'static str, text: &'static str| {
        view! {
            <g transform=format!("translate({x} {y})")>
                <rect x=-w / 2 y="-18" width=w height="36" rx="8" class=class/>
                <text y="5" text-anchor="middle" class="fig-label">{text}</text>
            </g>
        }
    };
    view! {
        <defs>
            <marker id="fig-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                <path d="M0 0 L10 5 L0 10 z" class="fig-arrowhead"/>
            </marker>
        </defs>
        <path d="M200 48 L70 92 M200 48 L200 92 M200 48 L330 92 M200 128 L200 162" class="fig-line" marker-end="url(#fig-arrow)"/>
        {boxed(200, 28, 150, "fig-box", ui.fig_path_ihc)}
        {boxed(70, 110, 130, "fig-box fig-box--neg", ui.fig_path_neg)}
        {boxed(200, 110, 120, "fig-box fig-box--eq", ui.fig_path_eq)}
        {boxed(330, 110, 130, "fig-box fig-box--pos", ui.fig_path_pos)}
        {boxed(200, 182, 150, "fig-box", ui.fig_path_ish)}
    }
}

fn ish_groups(ui: &'static Ui) -> impl IntoView {
    // Plot area: x from 50 (0 copies) to 330 (8 copies), 35 px per copy;
    // y from 220 (ratio 0) to 20 (ratio 4), 50 px per ratio unit.
    let region = |x: i32, y: i32, w: i32, h: i32, n: &'static str, class: &'static str| {
        view! {
            <rect x=x y=y width=w height=h class=class/>
            <text x=x + w / 2 y=y + h / 2 + 7 text-anchor="middle" class="fig-label fig-label--big">{n}</text>
        }
    };
    view! {
        {region(190, 20, 140, 100, "1", "fig-region fig-region--pos")}
        {region(50, 20, 140, 100, "2", "fig-region fig-region--eq")}
        {region(260, 120, 70, 100, "3", "fig-region fig-region--eq")}
        {region(190, 120, 70, 100, "4", "fig-region fig-region--eq")}
        {region(50, 120, 140, 100, "5", "fig-region fig-region--neg")}
        <path d="M50 20 V220 H330" class="fig-axis"/>
        <text x="50" y="240" text-anchor="middle" class="fig-label">"0"</text>
        <text x="190" y="240" text-anchor="middle" class="fig-label">"4"</text>
        <text x="260" y="240" text-anchor="middle" class="fig-label">"6"</text>
        <text x="40" y="125" text-anchor="end" class="fig-label">"2"</text>
        <text x="190" y="256" text-anchor="middle" class="fig-label">{ui.fig_groups_copies}</text>
        <text x="14" y="120" text-anchor="middle" class="fig-label" transform="rotate(-90 14 120)">{ui.fig_groups_ratio}</text>
    }
}
