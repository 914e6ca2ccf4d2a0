"""Simplifies the OCHA governorate boundaries for the web map (Douglas-Peucker, then 4 decimals, about 11 m).

    python3 bench/geo/simplify.py ../shared/data/ocha_pse_admin2_governorates.geojson \
        src/main/resources/static/geo/governorates.geojson 0.0003

Keeps only adm2_pcode (the join key with the governorates table), adm2_name and adm1_pcode. Rings that would
collapse keep at least four points. Source: OCHA COD-AB cod-ab-pse v01, CC BY-IGO, credit OCHA oPt.
"""
import json
import sys


def dp(points, tolerance):
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        best, index = 0.0, None
        for i in range(first + 1, last):
            x, y = points[i]
            d = abs(dy * x - dx * y + x2 * y1 - y2 * x1) / norm if norm else ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            if d > best:
                best, index = d, i
        if index is not None and best > tolerance:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, k in zip(points, keep) if k]


def ring(points, tolerance):
    out = dp(points, tolerance)
    if len(out) < 4:
        step = max(1, len(points) // 4)
        out = points[::step][:3] + [points[0]]
    out = [[round(x, 4), round(y, 4)] for x, y in out]
    if out[0] != out[-1]:
        out.append(out[0])
    return out


def main(source, target, tolerance):
    data = json.load(open(source, encoding='utf-8'))
    features = []
    for f in data['features']:
        g = f['geometry']
        polygons = g['coordinates'] if g['type'] == 'MultiPolygon' else [g['coordinates']]
        simplified = [[ring(r, tolerance) for r in p] for p in polygons]
        geometry = {'type': 'MultiPolygon', 'coordinates': simplified} if g['type'] == 'MultiPolygon' \
            else {'type': 'Polygon', 'coordinates': simplified[0]}
        p = f['properties']
        features.append({'type': 'Feature', 'properties': {'adm2_pcode': p['adm2_pcode'], 'adm2_name': p['adm2_name'],
                                                           'adm1_pcode': p['adm1_pcode']}, 'geometry': geometry})
    out = {'type': 'FeatureCollection',
           'attribution': 'OCHA oPt, CC BY-IGO (COD-AB cod-ab-pse v01, valid on 2023-10-19), simplified',
           'features': features}
    with open(target, 'w', encoding='utf-8') as w:
        json.dump(out, w, ensure_ascii=False, separators=(',', ':'))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2], float(sys.argv[3]))
