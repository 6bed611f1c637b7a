"""An operating-system-style task scheduler: an idle task, a worker, two packet
handlers and two devices exchange work and device packets through per-task queues,
scheduled by priority (the workload of Martin Richards' classic benchmark, written
from scratch).

Stands for object-oriented simulation code: a class hierarchy with a polymorphic run()
method, state kept in instance attributes and flags, linked lists of small objects,
methods of the base class (wait, hold, release, send) returning the next task to run,
attribute-heavy control flow. main(n) lets the idle task run n times and returns the
packet and hold counts and a digest of what the devices received.
"""

TIME_N = 140000
INSTR_N = 6000

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
DEVICE_PACKET, WORK_PACKET = 0, 1
DATA_SIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * DATA_SIZE

    def append_to(self, queue):
        """Appends this packet at the end of queue (a chain of packets or None);
        returns the head."""
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.packet_pending = queue is not None
        self.waiting = queue is not None
        self.holding = False
        self.next = None
        scheduler.add(self)

    def runnable(self):
        return not self.holding and (self.packet_pending or not self.waiting)

    def take_packet(self):
        packet = self.queue
        self.queue = packet.link
        self.packet_pending = self.queue is not None
        return packet

    def receive(self, packet, sender):
        """Queues packet; returns the task the scheduler should run next."""
        if self.queue is None:
            self.queue = packet
            self.packet_pending = True
            if self.priority > sender.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return sender

    # the system calls a task's run() makes; each returns the next task to run

    def wait(self):
        self.waiting = True
        return self

    def hold_self(self):
        self.scheduler.hold_count += 1
        self.holding = True
        return self.next

    def release(self, ident):
        task = self.scheduler.find(ident)
        task.holding = False
        if task.priority > self.priority:
            return task
        return self

    def send(self, packet):
        target = self.scheduler.find(packet.ident)
        self.scheduler.queue_count += 1
        packet.link = None
        packet.ident = self.ident
        return target.receive(packet, self)

    def run(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, scheduler, ident, priority, count):
        super().__init__(scheduler, ident, priority, None)
        self.control = 1
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.hold_self()
        if self.control & 1 == 0:
            self.control >>= 1
            return self.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue)
        self.destination = HANDLER_A
        self.count = 0

    def run(self, packet):
        if packet is None:
            return self.wait()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(DATA_SIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = ord("A") + self.count - 1
        return self.send(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue)
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == WORK_PACKET:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        if self.work is not None:
            work = self.work
            index = work.datum
            if index < DATA_SIZE:
                if self.devices is not None:
                    device = self.devices
                    self.devices = device.link
                    device.datum = work.data[index]
                    work.datum = index + 1
                    return self.send(device)
            else:
                self.work = work.link
                return self.send(work)
        return self.wait()


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority):
        super().__init__(scheduler, ident, priority, None)
        self.pending = None
        self.digest = 0

    def run(self, packet):
        if packet is None:
            if self.pending is None:
                return self.wait()
            done = self.pending
            self.pending = None
            return self.send(done)
        self.pending = packet
        self.digest = (self.digest * 33 + packet.datum) % 1000003
        return self.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.head = None
        self.queue_count = 0
        self.hold_count = 0

    def add(self, task):
        """Links task into the run list, which is kept in decreasing priority."""
        self.tasks[task.ident] = task
        if self.head is None or task.priority > self.head.priority:
            task.next = self.head
            self.head = task
            return
        prev = self.head
        while prev.next is not None and prev.next.priority >= task.priority:
            prev = prev.next
        task.next = prev.next
        prev.next = task

    def find(self, ident):
        return self.tasks[ident]

    def run(self):
        task = self.head
        while task is not None:
            if not task.runnable():
                task = task.next
                continue
            packet = task.take_packet() if task.packet_pending else None
            task.waiting = False
            task = task.run(packet)


def build(count):
    s = Scheduler()
    IdleTask(s, IDLE, 0, count)
    work = Packet(None, WORKER, WORK_PACKET)
    work = Packet(work, WORKER, WORK_PACKET)
    WorkerTask(s, WORKER, 1000, work)
    for handler, device, priority in ((HANDLER_A, DEVICE_A, 2000), (HANDLER_B, DEVICE_B, 3000)):
        queue = None
        for _ in range(3):
            queue = Packet(queue, device, DEVICE_PACKET)
        HandlerTask(s, handler, priority, queue)
    DeviceTask(s, DEVICE_A, 4000)
    DeviceTask(s, DEVICE_B, 5000)
    return s


def main(n):
    s = build(n)
    s.run()
    return "%d %d %d %d" % (s.queue_count, s.hold_count, s.find(DEVICE_A).digest, s.find(DEVICE_B).digest)
