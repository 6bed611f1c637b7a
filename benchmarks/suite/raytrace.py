"""A small ray tracer: spheres and a checkered plane lit by two point lights, with
shadows, diffuse and specular shading and one level of mirror reflection, rendered
into an n x n image.

Stands for object-oriented numeric code: an immutable Vector class with operator dunders
(__add__, __sub__, __mul__, __neg__), methods returning new objects, shape classes sharing
an interface (intersect, normal_at) called polymorphically, a scene object looping over
its shapes and lights, isinstance checks, min/max clamping. main(n) renders the image and
returns a checksum of its 8-bit pixels.
"""

import math

TIME_N = 120
INSTR_N = 28

EPSILON = 1e-6


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def cross(self, other):
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.length())

    def reflect(self, normal):
        return self - normal * (2.0 * self.dot(normal))

    def __repr__(self):
        return "Vector(%g, %g, %g)" % (self.x, self.y, self.z)


class Color:
    __slots__ = ("r", "g", "b")

    def __init__(self, r, g, b):
        self.r = r
        self.g = g
        self.b = b

    def __add__(self, other):
        return Color(self.r + other.r, self.g + other.g, self.b + other.b)

    def __mul__(self, k):
        return Color(self.r * k, self.g * k, self.b * k)

    def tint(self, other):
        return Color(self.r * other.r, self.g * other.g, self.b * other.b)

    def to_bytes(self):
        return tuple(int(max(0.0, min(1.0, c)) * 255 + 0.5) for c in (self.r, self.g, self.b))


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def point_at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse=0.8, specular=0.3, shininess=20, reflectivity=0.0):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflectivity = reflectivity

    def color_at(self, point):
        return self.color


class Checkered(Material):
    def __init__(self, color, other, size, **kwargs):
        super().__init__(color, **kwargs)
        self.other = other
        self.size = size

    def color_at(self, point):
        square = int(math.floor(point.x / self.size)) + int(math.floor(point.z / self.size))
        return self.color if square % 2 == 0 else self.other


class Shape:
    def __init__(self, material):
        self.material = material

    def intersect(self, ray):
        """The distance along ray to the nearest hit in front of its origin, or None."""
        raise NotImplementedError

    def normal_at(self, point):
        raise NotImplementedError


class Sphere(Shape):
    def __init__(self, center, radius, material):
        super().__init__(material)
        self.center = center
        self.radius = radius

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.center).normalized()


class Plane(Shape):
    def __init__(self, point, normal, material):
        super().__init__(material)
        self.point = point
        self.normal = normal.normalized()

    def intersect(self, ray):
        denom = ray.direction.dot(self.normal)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Camera:
    def __init__(self, eye, look_at, up, fov):
        self.eye = eye
        self.forward = (look_at - eye).normalized()
        self.right = self.forward.cross(up).normalized()
        self.up = self.right.cross(self.forward)
        self.half = math.tan(math.radians(fov) / 2)

    def ray_for(self, px, py, width, height):
        sx = (2.0 * (px + 0.5) / width - 1.0) * self.half
        sy = (1.0 - 2.0 * (py + 0.5) / height) * self.half
        return Ray(self.eye, self.forward + self.right * sx + self.up * sy)


class Scene:
    def __init__(self, shapes, lights, ambient, background):
        self.shapes = shapes
        self.lights = lights
        self.ambient = ambient
        self.background = background
        self.rays = 0

    def nearest(self, ray):
        self.rays += 1
        best_t = None
        best = None
        for shape in self.shapes:
            t = shape.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = shape
        return best, best_t

    def shadowed(self, point, light):
        to_light = light.position - point
        distance = to_light.length()
        ray = Ray(point, to_light)
        for shape in self.shapes:
            t = shape.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth):
        shape, t = self.nearest(ray)
        if shape is None:
            return self.background
        point = ray.point_at(t)
        normal = shape.normal_at(point)
        if normal.dot(ray.direction) > 0:
            normal = -normal
        material = shape.material
        base = material.color_at(point)
        color = base.tint(self.ambient)
        for light in self.lights:
            if self.shadowed(point, light):
                continue
            to_light = (light.position - point).normalized()
            lambert = normal.dot(to_light)
            if lambert > 0:
                color = color + base.tint(light.color) * (lambert * material.diffuse)
                half = (to_light - ray.direction).normalized()
                spec = max(0.0, normal.dot(half)) ** material.shininess
                color = color + light.color * (spec * material.specular)
        if depth > 0 and material.reflectivity > 0:
            reflected = Ray(point, ray.direction.reflect(normal))
            color = color + self.trace(reflected, depth - 1) * material.reflectivity
        return color


def make_scene():
    shapes = [
        Plane(Vector(0, 0, 0), Vector(0, 1, 0),
              Checkered(Color(0.9, 0.9, 0.9), Color(0.2, 0.2, 0.25), 1.0, reflectivity=0.2)),
        Sphere(Vector(0, 1, 0), 1.0, Material(Color(0.9, 0.2, 0.2), reflectivity=0.4)),
        Sphere(Vector(-2.2, 0.7, 1.0), 0.7, Material(Color(0.2, 0.8, 0.3), shininess=40)),
        Sphere(Vector(1.8, 0.5, 1.5), 0.5, Material(Color(0.2, 0.3, 0.9), specular=0.6, reflectivity=0.3)),
        Sphere(Vector(0.6, 0.3, 2.4), 0.3, Material(Color(0.9, 0.8, 0.1))),
    ]
    lights = [Light(Vector(-4, 6, 5), Color(0.8, 0.8, 0.8)), Light(Vector(5, 4, 2), Color(0.4, 0.35, 0.3))]
    return Scene(shapes, lights, Color(0.1, 0.1, 0.12), Color(0.05, 0.07, 0.15))


def render(scene, camera, width, height):
    rows = []
    for py in range(height):
        row = []
        for px in range(width):
            color = scene.trace(camera.ray_for(px, py, width, height), 2)
            row.append(color.to_bytes())
        rows.append(row)
    return rows


def main(n):
    scene = make_scene()
    camera = Camera(Vector(0, 2, 7), Vector(0, 0.8, 0), Vector(0, 1, 0), 50)
    image = render(scene, camera, n, n)
    checksum = 0
    brightest = 0
    for row in image:
        for r, g, b in row:
            checksum = (checksum * 7 + r * 65536 + g * 256 + b) % 4294967291
            brightest = max(brightest, r + g + b)
    return "%d %d %d" % (checksum, brightest, scene.rays)
