package vn.toasoan.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.ImageIO;

/**
 * Draws the demo pictures, so the repository ships no photograph whose rights it would have to track: a
 * conference hall for the reference article and an abstract cover per category.
 */
final class DemoImages {

    static final int WIDTH = 800;
    static final int HEIGHT = 450;

    private DemoImages() {
    }

    /** Delegates around a table facing a red stage with a banner, seen from the back of the hall. */
    static byte[] conferenceHall() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image);
        g.setPaint(new GradientPaint(0, 0, new Color(0xf3e9d2), 0, HEIGHT, new Color(0xd8c7a3)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(0xb71c1c));
        g.fillRect(60, 30, WIDTH - 120, 150);
        g.setColor(new Color(0xffd54f));
        g.fillRect(120, 60, WIDTH - 240, 18);
        g.fillRect(200, 95, WIDTH - 400, 10);
        star(g, WIDTH / 2, 145, 22);
        g.setColor(new Color(0x8d6e63));
        g.fillRoundRect(120, 250, WIDTH - 240, 70, 20, 20);
        Random random = new Random(7);
        for (int i = 0; i < 9; i++) {
            person(g, 150 + i * 62, 230, random);
            person(g, 150 + i * 62, 360, random);
        }
        g.dispose();
        return jpeg(image);
    }

    /** Soft diagonal bands in the category's colour. */
    static byte[] cover(Color base, long seed) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image);
        g.setPaint(new GradientPaint(0, 0, base.brighter(), WIDTH, HEIGHT, base.darker()));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        Random random = new Random(seed);
        for (int i = 0; i < 7; i++) {
            g.setColor(new Color(255, 255, 255, 25 + random.nextInt(40)));
            g.setStroke(new BasicStroke(30 + random.nextInt(60)));
            int x = random.nextInt(WIDTH);
            g.drawLine(x - 300, HEIGHT + 50, x + 200, -50);
        }
        g.setColor(new Color(255, 213, 79, 200));
        star(g, WIDTH - 90, 90, 40);
        g.dispose();
        return jpeg(image);
    }

    private static Graphics2D start(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        return g;
    }

    private static void person(Graphics2D g, int x, int y, Random random) {
        Color[] shirts = {new Color(0xeceff1), new Color(0x37474f), new Color(0x1e88e5), new Color(0xf5f5f5)};
        g.setColor(shirts[random.nextInt(shirts.length)]);
        g.fillRoundRect(x - 22, y, 44, 60, 18, 18);
        g.setColor(new Color(0xe0b089));
        g.fillOval(x - 14, y - 30, 28, 32);
        g.setColor(new Color(0x212121));
        g.fillArc(x - 15, y - 32, 30, 22, 0, 180);
    }

    private static void star(Graphics2D g, int cx, int cy, int r) {
        int[] xs = new int[10];
        int[] ys = new int[10];
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? r : r * 0.4;
            double angle = Math.PI / 2 + i * Math.PI / 5;
            xs[i] = (int) Math.round(cx + radius * Math.cos(angle));
            ys[i] = (int) Math.round(cy - radius * Math.sin(angle));
        }
        g.fillPolygon(xs, ys, 10);
    }

    private static byte[] jpeg(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
