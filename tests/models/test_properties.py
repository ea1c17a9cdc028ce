"""Property-based tests over payloads generated from the schema, for every one of the 278 types."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tencent_mps
from tencent_mps import models
from tencent_mps.errors import DecodeError

from .strategies import RESPONSE_TYPES, TYPE_NAMES, WRONG, leaves, objects, payload
from .wire import strip_nulls

SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@st.composite
def typed_payload(draw: st.DrawFn, names: list[str] = TYPE_NAMES) -> tuple[str, dict[str, Any]]:
    name = draw(st.sampled_from(names))
    return name, draw(payload(name))


@SETTINGS
@given(typed_payload())
def test_round_trip(case: tuple[str, dict[str, Any]]) -> None:
    name, wire = case
    model = getattr(models, name)
    obj = model.from_dict(wire)
    assert obj.to_dict() == strip_nulls(wire)
    assert model.from_dict(obj.to_dict()) == obj


@SETTINGS
@given(typed_payload())
def test_cattrs_converter_agrees_with_the_models(case: tuple[str, dict[str, Any]]) -> None:
    name, wire = case
    model = getattr(models, name)
    obj = tencent_mps.converter.structure(wire, model)
    assert obj == model.from_dict(wire)
    assert tencent_mps.converter.unstructure(obj) == obj.to_dict()


@SETTINGS
@given(typed_payload(), st.data())
def test_wrong_kind_anywhere_raises_decode_error_with_its_path(
    case: tuple[str, dict[str, Any]], data: st.DataObject
) -> None:
    name, wire = case
    spots = list(leaves(name, wire))
    if not spots:
        return
    index = data.draw(st.integers(0, len(spots) - 1))
    bad = copy.deepcopy(wire)
    leaf = list(leaves(name, bad))[index]
    leaf.container[leaf.key] = data.draw(st.sampled_from(WRONG[leaf.kind]))  # type: ignore[index]
    with pytest.raises(DecodeError) as info:
        getattr(models, name).from_dict(bad)
    assert info.value.path == leaf.path


@SETTINGS
@given(typed_payload(RESPONSE_TYPES), st.data())
def test_null_anywhere_never_raises(case: tuple[str, dict[str, Any]], data: st.DataObject) -> None:
    name, wire = case
    spots = list(leaves(name, wire))
    if not spots:
        return
    leaf = spots[data.draw(st.integers(0, len(spots) - 1))]
    leaf.container[leaf.key] = None  # type: ignore[index]
    obj = getattr(models, name).from_dict(wire)
    assert obj.to_dict() == strip_nulls(wire)


@SETTINGS
@given(typed_payload(), st.data())
def test_unknown_fields_anywhere_are_tolerated_and_kept(
    case: tuple[str, dict[str, Any]], data: st.DataObject
) -> None:
    name, wire = case
    targets = list(objects(name, wire))
    where = targets[data.draw(st.integers(0, len(targets) - 1))]
    where["ZzUnknownField"] = data.draw(
        st.integers() | st.text(max_size=3) | st.lists(st.integers(), max_size=2)
    )
    obj = getattr(models, name).from_dict(wire)
    assert obj.to_dict() == strip_nulls(wire)
