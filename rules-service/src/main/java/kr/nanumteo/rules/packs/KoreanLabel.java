package kr.nanumteo.rules.packs;

/** A value that has a Korean name: rule messages show it instead of the code (저녁, not EVENING). */
public interface KoreanLabel {

    String koreanLabel();
}
