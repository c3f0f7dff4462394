// Where the visitor is: the attract loop for passers-by, or one of the three views a visitor moves between with
// the navigation bar or a card's links. One enum for the exhibit and the bar alike: the bar simply has no button
// for the attract loop.
#pragma once

namespace app {

enum class Scene { Attract, Telegram, Map, Timeline };

// The views, in the order the navigation bar offers them.
constexpr Scene kViews[] = {Scene::Telegram, Scene::Map, Scene::Timeline};

}  // namespace app
